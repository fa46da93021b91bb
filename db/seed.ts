import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { htmlToText } from '../lib/sanitize';
import { runMigrations } from './migrate';
import { openDatabase, resolveDatabaseFile, type Db } from './open';
import { articleAuthors, articles, articleTags, authors, sections, tags, users, type Role } from './schema';
import { authors as seedAuthors, sections as seedSections, stories, tags as seedTags } from './seed-data';

const HOUR = 3_600_000;
export const DEFAULT_DEMO_PASSWORD = 'newsroom-demo-2026';

const STAFF: { email: string; name: string; role: Role; authorSlug?: string }[] = [
  { email: 'admin@newsroom.test', name: 'Site Administrator', role: 'admin' },
  { email: 'editor@newsroom.test', name: 'Elena Duarte', role: 'editor' },
  { email: 'journalist@newsroom.test', name: 'Ricardo Mendoza', role: 'journalist', authorSlug: 'ricardo-mendoza' },
  { email: 'contributor@newsroom.test', name: 'Guest Contributor', role: 'contributor' },
];

function idBySlug(db: Db, table: typeof sections | typeof tags | typeof authors, slug: string): number {
  const row = db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get();
  if (!row) throw new Error(`Seed data refers to unknown slug "${slug}"`);
  return row.id;
}

function seedTaxonomyAndAuthors(db: Db) {
  for (const s of seedSections) {
    db.insert(sections).values(s).onConflictDoUpdate({ target: sections.slug, set: { name: s.name, description: s.description, position: s.position } }).run();
  }
  for (const t of seedTags) {
    db.insert(tags).values(t).onConflictDoNothing({ target: tags.slug }).run();
  }
  for (const a of seedAuthors) {
    db.insert(authors)
      .values({ slug: a.slug, name: a.name, jobTitle: a.jobTitle, bio: a.bio, photoUrl: a.photo, links: a.links })
      .onConflictDoNothing({ target: authors.slug })
      .run();
  }
}

function seedStories(db: Db, now: number): number {
  let created = 0;
  for (const story of stories) {
    const exists = db.select({ id: articles.id }).from(articles).where(eq(articles.slug, story.slug)).get();
    if (exists) continue;
    const status = story.status ?? 'published';
    const publishedAt = status === 'draft' || status === 'in_review' ? null : new Date(now - story.hoursAgo * HOUR);
    db.transaction((tx) => {
      const inserted = tx
        .insert(articles)
        .values({
          slug: story.slug,
          headline: story.headline,
          dek: story.dek,
          body: story.body,
          bodyText: htmlToText(story.body),
          heroImageUrl: story.hero.src,
          heroImageAlt: story.hero.alt,
          heroImageCaption: story.hero.caption,
          heroImageCredit: story.hero.credit,
          sectionId: idBySlug(tx as unknown as Db, sections, story.sectionSlug),
          status,
          publishedAt,
          updatedAt: story.updatedHoursAgo !== undefined ? new Date(now - story.updatedHoursAgo * HOUR) : publishedAt,
          modifiedAt: new Date(now - Math.max(0, story.updatedHoursAgo ?? story.hoursAgo) * HOUR),
          sourceName: story.source?.name ?? null,
          sourceUrl: story.source?.url ?? null,
          correctionNote: story.correction ?? null,
        })
        .returning({ id: articles.id })
        .get();
      story.authorSlugs.forEach((slug, position) => {
        tx.insert(articleAuthors).values({ articleId: inserted.id, authorId: idBySlug(tx as unknown as Db, authors, slug), position }).run();
      });
      for (const slug of story.tagSlugs) {
        tx.insert(articleTags).values({ articleId: inserted.id, tagId: idBySlug(tx as unknown as Db, tags, slug) }).run();
      }
    });
    created += 1;
  }
  return created;
}

async function seedStaff(db: Db, password: string) {
  const passwordHash = await hash(password);
  for (const person of STAFF) {
    const exists = db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${person.email}`).get();
    if (exists) continue;
    const authorId = person.authorSlug ? idBySlug(db, authors, person.authorSlug) : null;
    db.insert(users).values({ email: person.email, name: person.name, role: person.role, passwordHash, authorId }).run();
  }
}

/** Fills a migrated database with demo content. Running it again adds nothing twice. */
export async function seed(file: string, password: string, now = Date.now()) {
  runMigrations(file);
  const { db, sqlite } = openDatabase(file);
  try {
    db.transaction((tx) => seedTaxonomyAndAuthors(tx as unknown as Db));
    const created = seedStories(db, now);
    await seedStaff(db, password);
    return { created };
  } finally {
    sqlite.close();
  }
}

if (require.main === module) {
  const file = resolveDatabaseFile(process.env.DATABASE_URL);
  const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  seed(file, password)
    .then(({ created }) => {
      console.log(`Seeded ${file}: ${created} new stories.`);
      console.log(`Demo staff accounts (password "${password}"): ${STAFF.map((s) => `${s.email} (${s.role})`).join(', ')}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
