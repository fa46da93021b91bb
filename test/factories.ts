import { sql } from 'drizzle-orm';
import { execute, transaction } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, sections, tags, users, type ArticleStatus, type Role } from '@/db/schema';

let counter = 0;
const next = () => ++counter;
/** The one inserted row (every write goes through a transaction, as in the data layer). */
const one = <T>(found: T[]): T => found[0]!;

export async function makeSection(overrides: Partial<typeof sections.$inferInsert> = {}) {
  const n = next();
  return transaction((tx) => tx.insert(sections).values({ slug: `section-${n}`, name: `Section ${n}`, position: n, ...overrides }).returning().then(one));
}

export async function makeTag(overrides: Partial<typeof tags.$inferInsert> = {}) {
  const n = next();
  return transaction((tx) => tx.insert(tags).values({ slug: `tag-${n}`, name: `Tag ${n}`, ...overrides }).returning().then(one));
}

export async function makeAuthor(overrides: Partial<typeof authors.$inferInsert> = {}) {
  const n = next();
  return transaction((tx) => tx.insert(authors).values({ slug: `author-${n}`, name: `Author ${n}`, bio: 'A journalist.', ...overrides }).returning().then(one));
}

export async function makeUser(role: Role, overrides: Partial<typeof users.$inferInsert> = {}) {
  const n = next();
  return transaction((tx) =>
    tx
    .insert(users)
    .values({ email: `user${n}@test.local`, name: `User ${n}`, role, passwordHash: null, ...overrides })
    .returning()
    .then(one));
}

/** A story with bylines and tags; `publishedAt` in ms (defaults to an hour ago when visible). */
export async function makeArticle(opts: {
  sectionId: number;
  /** An id of its own (the next one when not given). */
  id?: number;
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
  return transaction(async (tx) => {
  const row = await tx
    .insert(articles)
    .values({
      ...(opts.id !== undefined ? { id: opts.id } : {}),
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
    .then(one);
  for (const [position, authorId] of (opts.authorIds ?? []).entries()) await tx.insert(articleAuthors).values({ articleId: row.id, authorId, position });
  for (const tagId of opts.tagIds ?? []) await tx.insert(articleTags).values({ articleId: row.id, tagId });
  return row;
  });
}

export async function resetContent() {
  await transaction(async (tx) => {
    await execute(sql`delete from article_tags`, tx);
    await execute(sql`delete from article_authors`, tx);
    await execute(sql`delete from articles`, tx);
  });
}

/** Story content as the story form's schema hands it to writeStory, with `over` on top. */
export function storyContent(over: Partial<import('@/db/queries/story-writes').StoryContent>): import('@/db/queries/story-writes').StoryContent {
  return {
    headline: 'Headline',
    dek: '',
    body: '<p>Body</p>',
    sectionId: null,
    slug: '',
    tagIds: [],
    newTags: '',
    authorIds: [],
    heroImageUrl: null,
    heroImageAlt: '',
    heroImageCaption: '',
    heroImageCredit: '',
    sourceName: null,
    sourceUrl: null,
    seoTitle: null,
    seoDescription: null,
    correctionNote: null,
    ...over,
  };
}
