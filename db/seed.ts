import { hash } from '@node-rs/argon2';
import { eq, sql } from 'drizzle-orm';
import { htmlToText } from '../lib/sanitize';
import { migrateConnection } from './migrate';
import { connect, explainConnectionError, first, type Connection, type Db } from './connect';
import { describeEngine, parseDatabaseUrl } from './engine';
import { articleAuthors, articles, articleTags, authors, sections, tags, users, wireClients, type Role } from './schema';
import { insertWireClient } from './wire-client-create';
import { DEFAULT_PRODUCT } from '../lib/wire/products';
import { authors as seedAuthors, sections as seedSections, stories, tags as seedTags } from './seed-data';

const HOUR = 3_600_000;
export const DEFAULT_DEMO_PASSWORD = 'newsroom-demo-2026';

const STAFF: { email: string; name: string; role: Role; authorSlug?: string }[] = [
  { email: 'admin@newsroom.test', name: 'Site Administrator', role: 'admin' },
  { email: 'editor@newsroom.test', name: 'Elena Duarte', role: 'editor', authorSlug: 'elena-duarte' },
  { email: 'journalist@newsroom.test', name: 'Ricardo Mendoza', role: 'journalist', authorSlug: 'ricardo-mendoza' },
  { email: 'contributor@newsroom.test', name: 'Guest Contributor', role: 'contributor' },
];

async function idBySlug(db: Db, table: typeof sections | typeof tags | typeof authors, slug: string): Promise<number> {
  const row = await db.select({ id: table.id }).from(table).where(eq(table.slug, slug)).then(first);
  if (!row) throw new Error(`Seed data refers to unknown slug "${slug}"`);
  return row.id;
}

async function seedTaxonomyAndAuthors(db: Db) {
  for (const s of seedSections) {
    await db.insert(sections).values(s).onConflictDoUpdate({ target: sections.slug, set: { name: s.name, description: s.description, position: s.position } });
  }
  for (const t of seedTags) {
    await db.insert(tags).values(t).onConflictDoNothing({ target: tags.slug });
  }
  for (const a of seedAuthors) {
    await db.insert(authors)
      .values({ slug: a.slug, name: a.name, jobTitle: a.jobTitle, bio: a.bio, photoUrl: a.photo ?? null, links: a.links })
      .onConflictDoNothing({ target: authors.slug });
  }
}

async function seedStories(connection: Connection, now: number): Promise<number> {
  const { db } = connection;
  let created = 0;
  for (const story of stories) {
    const exists = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, story.slug)).then(first);
    if (exists) continue;
    const status = story.status ?? 'published';
    const publishedAt = status === 'draft' || status === 'in_review' ? null : new Date(now - story.hoursAgo * HOUR);
    await connection.transaction(async (tx) => {
      const inserted = await tx
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
          sectionId: await idBySlug(tx, sections, story.sectionSlug),
          status,
          publishedAt,
          updatedAt: story.updatedHoursAgo !== undefined ? new Date(now - story.updatedHoursAgo * HOUR) : publishedAt,
          modifiedAt: new Date(now - Math.max(0, story.updatedHoursAgo ?? story.hoursAgo) * HOUR),
          sourceName: story.source?.name ?? null,
          sourceUrl: story.source?.url ?? null,
          correctionNote: story.correction ?? null,
        })
        .returning({ id: articles.id })
        .then((rows) => rows[0]!);
      for (const [position, slug] of story.authorSlugs.entries()) {
        await tx.insert(articleAuthors).values({ articleId: inserted.id, authorId: await idBySlug(tx, authors, slug), position });
      }
      for (const slug of story.tagSlugs) {
        await tx.insert(articleTags).values({ articleId: inserted.id, tagId: await idBySlug(tx, tags, slug) });
      }
    });
    created += 1;
  }
  return created;
}

async function seedStaff(connection: Connection, password: string) {
  const { db } = connection;
  const passwordHash = await hash(password);
  for (const person of STAFF) {
    const exists = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${person.email}`).then(first);
    if (exists) continue;
    const authorId = person.authorSlug ? await idBySlug(db, authors, person.authorSlug) : null;
    await connection.transaction((tx) => tx.insert(users).values({ email: person.email, name: person.name, role: person.role, passwordHash, authorId }));
  }
}

/**
 * One demo client organisation, so the newsroom's client screens have something to show. Its key
 * is made and thrown away (only its hash is kept): an admin adds a key of their own on its page,
 * or makes a client with `npm run wire:client`.
 */
async function seedWireClient(connection: Connection) {
  const name = 'Harbour Gazette (demo)';
  const exists = await connection.db.select({ id: wireClients.id }).from(wireClients).where(eq(wireClients.name, name)).then(first);
  if (exists) return;
  await connection.transaction((tx) => insertWireClient(tx, { name, webhookUrl: null, product: DEFAULT_PRODUCT, rateLimit: 600, actorId: null, via: 'db:seed' }));
}

/** Fills a migrated database with demo content. Running it again adds nothing twice. */
export async function seed(url: string | undefined, password: string, now = Date.now()) {
  const connection = connect(url);
  try {
    await migrateConnection(connection);
    await connection.transaction((tx) => seedTaxonomyAndAuthors(tx));
    const created = await seedStories(connection, now);
    await seedStaff(connection, password);
    await seedWireClient(connection);
    return { created };
  } finally {
    await connection.close();
  }
}

if (require.main === module) {
  const url = process.env.DATABASE_URL;
  const password = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  let engine: ReturnType<typeof parseDatabaseUrl>;
  try {
    engine = parseDatabaseUrl(url);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  seed(url, password)
    .then(({ created }) => {
      console.log(`Seeded ${describeEngine(engine)}: ${created} new stories.`);
      console.log(`Demo staff accounts (password "${password}"): ${STAFF.map((s) => `${s.email} (${s.role})`).join(', ')}`);
    })
    .catch((error: unknown) => {
      console.error(explainConnectionError(error, engine));
      process.exit(1);
    });
}
