import 'server-only';
import { asc, eq, inArray, max, sql } from 'drizzle-orm';
import { db } from '../client';
import { articleAuthors, articles, articleTags, authors, sections, tags } from '../schema';
import { bylinesFor } from './cards';
import { visibleToReaders } from './visibility';

// Every query here keeps visibleToReaders() in its WHERE and orders by published_at desc, so a
// partial "visible" index can serve it and stop at the limit. The index is named explicitly:
// without ANALYZE statistics SQLite prefers articles_status_modified_idx and sorts every visible
// row (78 ms per feed at 100,000 stories instead of 0.05 ms; see distribution.test.ts).
const byPublished = sql`${articles} indexed by articles_visible_published_idx`;
const bySectionPublished = sql`${articles} indexed by articles_visible_section_idx`;

export const FEED_ITEM_LIMIT = 30;

export type FeedStory = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  body: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  publishedAt: number;
  updatedAt: number | null;
  section: { slug: string; name: string };
  authors: { slug: string; name: string }[];
  tags: string[];
};

function tagNamesFor(ids: number[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  if (ids.length === 0) return map;
  const rows = db
    .select({ articleId: articleTags.articleId, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, ids))
    .orderBy(asc(tags.name))
    .all();
  for (const r of rows) map.set(r.articleId, [...(map.get(r.articleId) ?? []), r.name]);
  return map;
}

type FeedRow = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  body: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  publishedAt: number;
  updatedAt: number | null;
  sectionSlug: string;
  sectionName: string;
};

/** Newest visible stories with full body for a feed: site-wide, one section, or one author's bylines. */
export function listFeedStoriesPublished(scope: { sectionId?: number; authorId?: number } = {}, limit = FEED_ITEM_LIMIT, now = Date.now()): FeedStory[] {
  let source = byPublished;
  let scopeSql = sql``;
  if (scope.sectionId !== undefined) {
    source = bySectionPublished;
    scopeSql = sql`and ${articles.sectionId} = ${scope.sectionId}`;
  } else if (scope.authorId !== undefined) {
    // Driven by the author's bylines (article_authors_author_idx), not by the whole archive.
    source = sql`${articles}`;
    scopeSql = sql`and ${articles.id} in (select ${articleAuthors.articleId} from ${articleAuthors} where ${articleAuthors.authorId} = ${scope.authorId})`;
  }
  const rows = db.all<FeedRow>(sql`
    select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline, ${articles.dek} as dek,
      ${articles.body} as body, ${articles.heroImageUrl} as heroImageUrl, ${articles.heroImageAlt} as heroImageAlt,
      ${articles.publishedAt} as publishedAt, ${articles.updatedAt} as updatedAt,
      ${sections.slug} as sectionSlug, ${sections.name} as sectionName
    from ${source} join ${sections} on ${sections.id} = ${articles.sectionId}
    where ${visibleToReaders(now)} ${scopeSql}
    order by ${articles.publishedAt} desc, ${articles.id} desc
    limit ${limit}`);
  const ids = rows.map((r) => r.id);
  const bylines = bylinesFor(ids);
  const tagNames = tagNamesFor(ids);
  return rows.map(({ sectionSlug, sectionName, ...r }) => ({
    ...r,
    section: { slug: sectionSlug, name: sectionName },
    authors: bylines.get(r.id) ?? [],
    tags: tagNames.get(r.id) ?? [],
  }));
}

export type SitemapStory = { path: string; lastmod: number };

/** How many stories readers can see (sizes the sitemap). */
export function countVisibleArticles(now = Date.now()): number {
  return db.get<{ n: number }>(sql`select count(*) as n from ${byPublished} where ${visibleToReaders(now)}`)?.n ?? 0;
}

/** One slice of visible story URLs, newest first, for a sitemap (limit ≤ 50,000). */
export function listSitemapStoriesPublished(limit: number, offset = 0, now = Date.now()): SitemapStory[] {
  return db
    .all<{ slug: string; sectionSlug: string; lastmod: number }>(
      sql`select ${articles.slug} as slug, ${sections.slug} as sectionSlug,
            coalesce(${articles.updatedAt}, ${articles.publishedAt}) as lastmod
          from ${byPublished} join ${sections} on ${sections.id} = ${articles.sectionId}
          where ${visibleToReaders(now)}
          order by ${articles.publishedAt} desc, ${articles.id} desc
          limit ${limit} offset ${offset}`,
    )
    .map((r) => ({ path: `/${r.sectionSlug}/${r.slug}`, lastmod: r.lastmod }));
}

/** Visible stories published after `since`, newest first, at most `limit` (Google News sitemap). */
export function listNewsSitemapStoriesPublished(since: number, limit: number, now = Date.now()) {
  return db
    .all<{ slug: string; sectionSlug: string; headline: string; publishedAt: number }>(
      sql`select ${articles.slug} as slug, ${sections.slug} as sectionSlug, ${articles.headline} as headline,
            ${articles.publishedAt} as publishedAt
          from ${byPublished} join ${sections} on ${sections.id} = ${articles.sectionId}
          where ${visibleToReaders(now)} and ${articles.publishedAt} > ${since}
          order by ${articles.publishedAt} desc
          limit ${limit}`,
    )
    .map((r) => ({ loc: `/${r.sectionSlug}/${r.slug}`, title: r.headline, publishedAt: r.publishedAt }));
}

/** Section, author and tag pages that have at least one visible story, with their latest change. */
export function listSitemapPagesPublished(now = Date.now()): { path: string; lastmod: number | null }[] {
  const latest = max(sql`coalesce(${articles.updatedAt}, ${articles.publishedAt})`);
  const sectionRows = db
    .select({ slug: sections.slug, lastmod: latest })
    .from(sections)
    .innerJoin(articles, eq(articles.sectionId, sections.id))
    .where(visibleToReaders(now))
    .groupBy(sections.id)
    .orderBy(asc(sections.position))
    .all();
  const authorRows = db
    .select({ slug: authors.slug, lastmod: latest })
    .from(authors)
    .innerJoin(articleAuthors, eq(articleAuthors.authorId, authors.id))
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(visibleToReaders(now))
    .groupBy(authors.id)
    .orderBy(asc(authors.slug))
    .all();
  const tagRows = db
    .select({ slug: tags.slug, lastmod: latest })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(visibleToReaders(now))
    .groupBy(tags.id)
    .orderBy(asc(tags.slug))
    .all();
  const toMs = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return [
    ...sectionRows.map((r) => ({ path: `/${r.slug}`, lastmod: toMs(r.lastmod) })),
    ...authorRows.map((r) => ({ path: `/authors/${r.slug}`, lastmod: toMs(r.lastmod) })),
    ...tagRows.map((r) => ({ path: `/tags/${r.slug}`, lastmod: toMs(r.lastmod) })),
  ];
}
