import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { buildMatchExpression, hasMark, MARK_CLOSE, MARK_OPEN, markedToHtml } from '@/lib/search/match';
import { db } from '../client';
import { articles, authors, sections } from '../schema';
import { bylinesFor } from './cards';
import { visibleToReadersById } from './visibility';

export const SEARCH_PAGE_SIZE = 10;
/** Matches counted exactly; beyond this the result says `totalIsLowerBound`. */
export const MAX_COUNTED = 1_000;
/**
 * How many of the newest matching visible stories are ranked for relevance (the first pages);
 * older matches follow newest first.
 */
export const RANK_WINDOW = 200;

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

type Match = { id: number; publishedAt: number; score?: number };

/**
 * The visible stories matching `match`, newest first, at most `limit` (FTS5 reads rowids in
 * descending order natively, so this stops early). Visibility comes from a covering index, never
 * from the wide article rows; sections are joined only to filter by one.
 */
function newestMatches(match: string, filters: SearchFilters, now: number, limit: number, withScore: boolean, below?: number): Match[] {
  const section = filters.section ? sql`join ${sections} on ${sections.id} = ${articles.sectionId}` : sql``;
  const score = withScore ? sql`, bm25(articles_fts, ${WEIGHTS}) as score` : sql``;
  const older = below === undefined ? sql`` : sql`and articles_fts.rowid < ${rowid(below)}`;
  return db.all<Match>(
    sql`select articles_fts.rowid as id, ${articles.publishedAt} as publishedAt ${score}
        from articles_fts join ${articles} on ${articles.id} = articles_fts.rowid ${section}
        where articles_fts match ${match} ${older} and ${visibleToReadersById(now)} ${filterSql(filters)}
        order by articles_fts.rowid desc limit ${limit}`,
  );
}

/**
 * The RANK_WINDOW newest matches scored, then the count continued below them unscored (bm25 reads
 * every hit's positions, and for a common word its whole match list once per query).
 */
function windowedMatches(match: string, filters: SearchFilters, now: number): Match[] {
  const window = rank(newestMatches(match, filters, now, RANK_WINDOW, true));
  if (window.length < RANK_WINDOW) return window;
  const oldest = Math.min(...window.map((m) => m.id));
  return window.concat(newestMatches(match, filters, now, MAX_COUNTED + 1 - RANK_WINDOW, false, oldest));
}

const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);
// better-sqlite3 binds JavaScript numbers as REAL, and FTS5 does not seek to a REAL rowid bound:
// it walks the whole match list (7 ms instead of 0.6 for a common word). Bounds are cast.
const rowid = (id: number) => sql`cast(${id} as integer)`;

/**
 * The matches to show, in order: the RANK_WINDOW newest visible matches, best first (headline
 * hits weigh most), then older ones newest first; counted up to MAX_COUNTED + 1.
 *
 * bm25 must score every candidate before sorting, which for a word found in a third of a
 * 100,000-story archive costs half a second; so only the newest matches are ranked: on a news site
 * the freshest matches are the ones worth ranking. And a last word searched as a prefix longer
 * than the index's prefixes (4 characters) makes FTS5 merge every completion's matches in full
 * before the first row (20–30 ms for a common word there): when the words as typed already match
 * more than MAX_COUNTED stories, completions could not change the count and are left out.
 */
function rankedMatches(query: string, filters: SearchFilters, now: number): { ordered: Match[]; match: string } | null {
  const prefixed = buildMatchExpression(query);
  if (!prefixed) return null;
  const exact = buildMatchExpression(query, { prefix: false })!;
  const asTyped = windowedMatches(exact, filters, now);
  if (exact === prefixed || asTyped.length > MAX_COUNTED) return { ordered: asTyped, match: exact };
  // One pass scores while it counts: a prefix's completions are merged once.
  const all = newestMatches(prefixed, filters, now, MAX_COUNTED + 1, true);
  return { ordered: rank(all.slice(0, RANK_WINDOW)).concat(all.slice(RANK_WINDOW)), match: prefixed };
}

/** Best score first (bm25 is lower for better matches), then the newest. */
function rank(matches: Match[]): Match[] {
  return matches.sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || b.publishedAt - a.publishedAt);
}

/**
 * Full-text search over visible stories only, best match first among the newest (see
 * rankedMatches), with highlighted excerpts. Any input is safe: it never reaches FTS5 as syntax,
 * and input without a searchable word returns an empty result instead of querying.
 */
export function searchPublishedArticles(query: string, filters: SearchFilters = {}, page = 1, now = Date.now()): SearchResult {
  const found = rankedMatches(query, filters, now);
  if (!found) return { hits: [], total: 0, page, pageCount: 1 };
  const { ordered, match } = found;
  const total = ordered.length;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(Math.min(total, MAX_COUNTED) / SEARCH_PAGE_SIZE));
  if (total <= offset || page > pageCount) return { hits: [], total, page, pageCount };
  const ids = ordered.slice(offset, offset + SEARCH_PAGE_SIZE).map((r) => r.id);
  if (ids.length === 0) return { hits: [], total, page, pageCount };
  // One pass over the page's rowid range: `rowid in (…)` would make FTS5 look up (and, for a
  // prefix term, merge) the matches once per listed story. The `+` keeps the list out of FTS5.
  const byId = new Map(
    db
      .all<HitRow>(
        sql`select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline,
              ${articles.publishedAt} as publishedAt, ${sections.slug} as sectionSlug, ${sections.name} as sectionName,
              highlight(articles_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as headlineMarked,
              highlight(articles_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}) as dekMarked,
              snippet(articles_fts, 2, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) as bodyMarked
            from articles_fts join ${articles} on ${articles.id} = articles_fts.rowid join ${sections} on ${sections.id} = ${articles.sectionId}
            where articles_fts match ${match} and articles_fts.rowid between ${rowid(Math.min(...ids))} and ${rowid(Math.max(...ids))}
              and +articles_fts.rowid in (${idList(ids)})`,
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
