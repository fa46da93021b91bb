import { sql } from 'drizzle-orm';
import { db, first, rows } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, sections, tags, users, type ArticleStatus, type Role } from '@/db/schema';

let counter = 0;
const next = () => ++counter;

export async function makeSection(overrides: Partial<typeof sections.$inferInsert> = {}) {
  const n = next();
  return await db.insert(sections).values({ slug: `section-${n}`, name: `Section ${n}`, position: n, ...overrides }).returning().then(first);
}

export async function makeTag(overrides: Partial<typeof tags.$inferInsert> = {}) {
  const n = next();
  return await db.insert(tags).values({ slug: `tag-${n}`, name: `Tag ${n}`, ...overrides }).returning().then(first);
}

export async function makeAuthor(overrides: Partial<typeof authors.$inferInsert> = {}) {
  const n = next();
  return await db.insert(authors).values({ slug: `author-${n}`, name: `Author ${n}`, bio: 'A journalist.', ...overrides }).returning().then(first);
}

export async function makeUser(role: Role, overrides: Partial<typeof users.$inferInsert> = {}) {
  const n = next();
  return await db
    .insert(users)
    .values({ email: `user${n}@test.local`, name: `User ${n}`, role, passwordHash: null, ...overrides })
    .returning()
    .then(first);
}

/** A story with bylines and tags; `publishedAt` in ms (defaults to an hour ago when visible). */
export async function makeArticle(opts: {
  sectionId: number;
  authorIds?: number[];
  tagIds?: number[];
  status?: ArticleStatus;
  publishedAt?: number | null;
  headline?: string;
  body?: string;
  slug?: string;
}) {
  const n = next();
  const status = opts.status ?? 'published';
  const publishedAt =
    opts.publishedAt !== undefined ? opts.publishedAt : status === 'published' || status === 'scheduled' ? Date.now() - 3_600_000 + n : null;
  const body = opts.body ?? `<p>Body of story ${n}.</p>`;
  const row = await db
    .insert(articles)
    .values({
      slug: opts.slug ?? `story-${n}`,
      headline: opts.headline ?? `Story ${n}`,
      dek: `Dek ${n}`,
      body,
      bodyText: body.replace(/<[^>]+>/g, ' ').trim(),
      sectionId: opts.sectionId,
      status,
      publishedAt: publishedAt === null ? null : new Date(publishedAt),
      updatedAt: publishedAt === null ? null : new Date(publishedAt),
    })
    .returning()
    .then(first);
  (opts.authorIds ?? []).forEach((authorId, position) => db.insert(articleAuthors).values({ articleId: row.id, authorId, position }));
  for (const tagId of opts.tagIds ?? []) db.insert(articleTags).values({ articleId: row.id, tagId });
  return row;
}

export function resetContent() {
  rows(sql`delete from article_tags`);
  rows(sql`delete from article_authors`);
  rows(sql`delete from articles`);
}
