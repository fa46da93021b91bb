import 'server-only';
import { eq, max, sql } from 'drizzle-orm';
import { db } from '../client';
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
export function listApiStoriesPublished(
  opts: { limit: number; after?: { publishedAt: number; id: number } | null; sectionSlug?: string; authorSlug?: string },
  now = Date.now(),
): ApiStoryRow[] {
  const source = opts.authorSlug ? sql`${articles}` : sql`${articles} indexed by articles_visible_published_idx`;
  const after = opts.after
    ? sql`and (${articles.publishedAt} < ${opts.after.publishedAt} or (${articles.publishedAt} = ${opts.after.publishedAt} and ${articles.id} < ${opts.after.id}))`
    : sql``;
  const section = opts.sectionSlug ? sql`and s.slug = ${opts.sectionSlug}` : sql``;
  const author = opts.authorSlug
    ? sql`and ${articles.id} in (select aa.article_id from article_authors aa join ${authors} on ${authors.id} = aa.author_id where ${authors.slug} = ${opts.authorSlug})`
    : sql``;
  const rows = db.all<Row>(sql`
    select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline, ${articles.dek} as dek,
      ${articles.heroImageUrl} as heroImageUrl, ${articles.heroImageAlt} as heroImageAlt,
      ${articles.publishedAt} as publishedAt, ${articles.updatedAt} as updatedAt, s.slug as sectionSlug, s.name as sectionName
    from ${source} join sections s on s.id = ${articles.sectionId}
    where ${visibleToReaders(now)} ${after} ${section} ${author}
    order by ${articles.publishedAt} desc, ${articles.id} desc
    limit ${opts.limit}`);
  const bylines = bylinesFor(rows.map((r) => r.id));
  return rows.map(({ sectionSlug, sectionName, ...r }) => ({ ...r, section: { slug: sectionSlug, name: sectionName }, authors: bylines.get(r.id) ?? [] }));
}

/**
 * Latest moment any reader-visible content could have changed: an edit or status change to any
 * story, a scheduled story coming due, or an author profile edit. Index-only lookups.
 */
export function contentLastModified(now = Date.now()): number {
  const modified = db.select({ t: max(articles.modifiedAt) }).from(articles).get()?.t;
  const due = db.get<{ t: number | null }>(sql`select max(${articles.publishedAt}) as t from ${articlesByPublished} where ${visibleToReaders(now)}`)?.t;
  const author = db.select({ t: max(authors.updatedAt) }).from(authors).get()?.t;
  return Math.max(modified?.getTime() ?? 0, due ?? 0, author?.getTime() ?? 0);
}

/** When one visible story last changed in any way readers could see (edit, note, publish time). */
export function articleLastModified(articleId: number): number {
  const row = db.select({ modifiedAt: articles.modifiedAt, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, articleId)).get();
  const note = db.select({ t: max(articleNotes.createdAt) }).from(articleNotes).where(eq(articleNotes.articleId, articleId)).get()?.t;
  return Math.max(row?.modifiedAt.getTime() ?? 0, row?.publishedAt?.getTime() ?? 0, note?.getTime() ?? 0);
}
