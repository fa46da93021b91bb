import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { buildMatchExpression, hasMark, MARK_CLOSE, MARK_OPEN, markedToHtml } from '@/lib/search/match';
import { db } from '../client';
import { articles, authors, sections } from '../schema';
import { bylinesFor } from './cards';
import { visibleToReaders } from './visibility';

export const SEARCH_PAGE_SIZE = 10;
/** Matches counted exactly; beyond this the result says `totalIsLowerBound`. */
export const MAX_COUNTED = 1_000;
/** How many of the newest matching visible stories are ranked for relevance. */
export const RANK_WINDOW = MAX_COUNTED;

// bm25 column weights in index order: headline, dek, body, authors, tags.
const WEIGHTS = sql.raw('10.0, 4.0, 1.0, 3.0, 3.0');
const SNIPPET_TOKENS = 28;

export type SearchFilters = { section?: string | null; author?: string | null };

export type SearchHit = {
  id: number;
  slug: string;
  headline: string;
  /** Escaped HTML with <mark> around matched words; safe to render as HTML. */
  headlineHtml: string;
  /** Escaped HTML excerpt (body, or the dek when the body has no hit) with <mark>s. */
  excerptHtml: string;
  publishedAt: number;
  section: { slug: string; name: string };
  authors: { slug: string; name: string }[];
};

export type SearchResult = {
  hits: SearchHit[];
  /** Exact up to MAX_COUNTED; MAX_COUNTED + 1 means "more than MAX_COUNTED". */
  total: number;
  page: number;
  pageCount: number;
};

type HitRow = {
  id: number;
  slug: string;
  headline: string;
  publishedAt: number;
  sectionSlug: string;
  sectionName: string;
  headlineMarked: string;
  dekMarked: string;
  bodyMarked: string;
};

function filterSql(filters: SearchFilters) {
  const parts = [];
  if (filters.section) parts.push(sql`and ${sections.slug} = ${filters.section}`);
  if (filters.author) {
    parts.push(
      sql`and exists (select 1 from article_authors aa join ${authors} on ${authors.id} = aa.author_id where aa.article_id = ${articles.id} and ${authors.slug} = ${filters.author})`,
    );
  }
  return sql.join(parts, sql` `);
}

/**
 * Full-text search over visible stories only, best match first (headline hits weigh most), with
 * highlighted excerpts. Any input is safe: it never reaches FTS5 as syntax, and input without a
 * searchable word returns an empty result instead of querying.
 */
export function searchPublishedArticles(query: string, filters: SearchFilters = {}, page = 1, now = Date.now()): SearchResult {
  const match = buildMatchExpression(query);
  if (!match) return { hits: [], total: 0, page, pageCount: 1 };
  // bm25 must score every candidate before sorting, which for a word found in a third of a
  // 100,000-story archive costs half a second, and every pass over a prefix term's matches costs
  // ~10 ms there. So one pass walks the matches newest first (FTS5 reads rowids in descending
  // order natively), scores them and stops after MAX_COUNTED + 1 visible ones: that is the count
  // ("1,000+" past it; nobody reads page 101) and the candidates, the RANK_WINDOW newest
  // matches, sorted here. On a news site the freshest matches are the ones worth ranking.
  // Visibility is read from a covering index, never from the wide article rows.
  const from = sql`from articles_fts join ${articles} on ${articles.id} = articles_fts.rowid join ${sections} on ${sections.id} = ${articles.sectionId}`;
  const newest = db.all<{ id: number; score: number; publishedAt: number }>(
    sql`select articles_fts.rowid as id, bm25(articles_fts, ${WEIGHTS}) as score, ${articles.publishedAt} as publishedAt
        ${from} where articles_fts match ${match} and ${visibleToReaders(now)} ${filterSql(filters)}
        order by articles_fts.rowid desc limit ${MAX_COUNTED + 1}`,
  );
  const total = newest.length;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(Math.min(total, MAX_COUNTED) / SEARCH_PAGE_SIZE));
  if (total <= offset || page > pageCount) return { hits: [], total, page, pageCount };
  // Best score first (bm25 is lower for better matches), then the newest.
  const ids = newest
    .slice(0, RANK_WINDOW)
    .sort((a, b) => a.score - b.score || b.publishedAt - a.publishedAt)
    .slice(offset, offset + SEARCH_PAGE_SIZE)
    .map((r) => r.id);
  if (ids.length === 0) return { hits: [], total, page, pageCount };
  // One pass over the page's rowid range: `rowid in (…)` would make FTS5 look up (and, for a
  // prefix term, merge) the matches once per listed story. The `+` keeps the list out of FTS5.
  const idList = sql.join(ids.map((id) => sql`${id}`), sql`, `);
  const byId = new Map(
    db
      .all<HitRow>(
        sql`select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline,
              ${articles.publishedAt} as publishedAt, ${sections.slug} as sectionSlug, ${sections.name} as sectionName,
              highlight(articles_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as headlineMarked,
              highlight(articles_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}) as dekMarked,
              snippet(articles_fts, 2, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) as bodyMarked
            ${from}
            where articles_fts match ${match} and articles_fts.rowid between ${Math.min(...ids)} and ${Math.max(...ids)}
              and +articles_fts.rowid in (${idList})`,
      )
      .map((r) => [r.id, r] as const),
  );
  const rows = ids.flatMap((id) => byId.get(id) ?? []);

  const bylines = bylinesFor(rows.map((r) => r.id));
  const hits = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    headlineHtml: markedToHtml(r.headlineMarked ?? r.headline),
    excerptHtml: markedToHtml(hasMark(r.bodyMarked ?? '') || !r.dekMarked ? (r.bodyMarked ?? '') : r.dekMarked),
    publishedAt: Number(r.publishedAt),
    section: { slug: r.sectionSlug, name: r.sectionName },
    authors: bylines.get(r.id) ?? [],
  }));
  return { hits, total, page, pageCount };
}

/** Author names and slugs for the search filter (profiles are public). */
export function listAuthorsForSearchFilter(): { slug: string; name: string }[] {
  return db.select({ slug: authors.slug, name: authors.name }).from(authors).orderBy(asc(authors.name)).all();
}
