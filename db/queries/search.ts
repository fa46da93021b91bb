import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { buildMatchExpression, hasMark, MARK_CLOSE, MARK_OPEN, markedToHtml } from '@/lib/search/match';
import { db } from '../client';
import { articles, authors, sections } from '../schema';
import { bylinesFor } from './cards';
import { visibleToReaders } from './visibility';

export const SEARCH_PAGE_SIZE = 10;
/** How many of the newest matching stories are ranked for relevance. */
export const RANK_WINDOW = 5_000;
/** Matches counted exactly; beyond this the result says `totalIsLowerBound`. */
export const MAX_COUNTED = 1_000;

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
  // 100,000-story archive costs half a second. Candidates are the RANK_WINDOW most recently
  // created matching stories (a rowid range, which FTS5 seeks natively): bounded cost, and on a
  // news site the freshest matches are the ones worth ranking.
  const floor = sql`(select coalesce(min(rowid), 0) from (select rowid from articles_fts where articles_fts match ${match} order by rowid desc limit ${RANK_WINDOW}))`;
  const where = sql`articles_fts match ${match} and articles_fts.rowid >= ${floor} and ${visibleToReaders(now)} ${filterSql(filters)}`;
  const from = sql`from articles_fts join ${articles} on ${articles.id} = articles_fts.rowid join ${sections} on ${sections.id} = ${articles.sectionId}`;

  // Counting every match of a common word costs a full pass over its postings; past MAX_COUNTED
  // the page says "1,000+" instead, and paging stops there (nobody reads page 101).
  const total = db.get<{ n: number }>(sql`select count(*) as n from (select 1 ${from} where ${where} limit ${MAX_COUNTED + 1})`)?.n ?? 0;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(Math.min(total, MAX_COUNTED) / SEARCH_PAGE_SIZE));
  if (total <= offset || page > pageCount) return { hits: [], total, page, pageCount };
  // Rank first with cheap columns only, then highlight just the page: SQLite evaluates every
  // selected column for every row it sorts, and highlight()/snippet() on thousands of matches
  // would cost a second per common word on a 100,000-story archive.
  const ids = db
    .all<{ id: number }>(
      sql`select ${articles.id} as id ${from} where ${where}
          order by bm25(articles_fts, ${WEIGHTS}), ${articles.publishedAt} desc
          limit ${SEARCH_PAGE_SIZE} offset ${offset}`,
    )
    .map((r) => r.id);
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
            where articles_fts match ${match} and articles_fts.rowid in (${idList})`,
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
