import 'server-only';
import { eq, max, sql } from 'drizzle-orm';
import { db, first, rows } from '../client';
import { articleNotes, articles, authors } from '../schema';
import { bylinesFor } from './cards';
import { articlesByPublished, visibleToReaders } from './visibility';

export type ApiStoryRow = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  publishedAt: number;
  updatedAt: number | null;
  section: { slug: string; name: string };
  authors: { slug: string; name: string }[];
};

type Row = Omit<ApiStoryRow, 'section' | 'authors'> & { sectionSlug: string; sectionName: string };

/**
 * One page of visible stories, newest first, after the keyset `after` (publishedAt, id), optionally
 * in one section or by one author. Returns up to `limit` rows. Walks the partial "visible" index
 * named explicitly (see distribution.ts for why), so page 1,000 costs what page 1 does.
 */
export async function listApiStoriesPublished(
  opts: { limit: number; after?: { publishedAt: number; id: number } | null; sectionSlug?: string; authorSlug?: string },
  now = Date.now(),
): Promise<ApiStoryRow[]> {
  const source = opts.authorSlug ? sql`${articles}` : articlesByPublished;
  const after = opts.after
    ? sql`and (${articles.publishedAt} < ${opts.after.publishedAt} or (${articles.publishedAt} = ${opts.after.publishedAt} and ${articles.id} < ${opts.after.id}))`
    : sql``;
  const section = opts.sectionSlug ? sql`and s.slug = ${opts.sectionSlug}` : sql``;
  const author = opts.authorSlug
    ? sql`and ${articles.id} in (select aa.article_id from article_authors aa join ${authors} on ${authors.id} = aa.author_id where ${authors.slug} = ${opts.authorSlug})`
    : sql``;
  const found = await rows<Row>(sql`
    select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline, ${articles.dek} as dek,
      ${articles.heroImageUrl} as "heroImageUrl", ${articles.heroImageAlt} as "heroImageAlt",
      ${articles.publishedAt} as "publishedAt", ${articles.updatedAt} as "updatedAt", s.slug as "sectionSlug", s.name as "sectionName"
    from ${source} join sections s on s.id = ${articles.sectionId}
    where ${visibleToReaders(now)} ${after} ${section} ${author}
    order by ${articles.publishedAt} desc, ${articles.id} desc
    limit ${opts.limit}`);
  const bylines = await bylinesFor(found.map((r) => r.id));
  return found.map(({ sectionSlug, sectionName, ...r }) => ({ ...r, section: { slug: sectionSlug, name: sectionName }, authors: bylines.get(r.id) ?? [] }));
}

/**
 * Latest moment any reader-visible content could have changed: an edit or status change to any
 * story, a scheduled story coming due, or an author profile edit. Index-only lookups.
 */
export async function contentLastModified(now = Date.now()): Promise<number> {
  const modified = (await db.select({ t: max(articles.modifiedAt) }).from(articles).then(first))?.t;
  const due = (await rows<{ t: number | null }>(sql`select max(${articles.publishedAt}) as t from ${articlesByPublished} where ${visibleToReaders(now)}`).then(first))?.t;
  const author = (await db.select({ t: max(authors.updatedAt) }).from(authors).then(first))?.t;
  return Math.max(modified?.getTime() ?? 0, due ?? 0, author?.getTime() ?? 0);
}

/** When one visible story last changed in any way readers could see (edit, note, publish time). */
export async function articleLastModified(articleId: number): Promise<number> {
  const row = await db.select({ modifiedAt: articles.modifiedAt, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, articleId)).then(first);
  const note = (await db.select({ t: max(articleNotes.createdAt) }).from(articleNotes).where(eq(articleNotes.articleId, articleId)).then(first))?.t;
  return Math.max(row?.modifiedAt.getTime() ?? 0, row?.publishedAt?.getTime() ?? 0, note?.getTime() ?? 0);
}
