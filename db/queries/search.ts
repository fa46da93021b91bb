import 'server-only';
import { asc } from 'drizzle-orm';
import { hasMark, markedToHtml } from '@/lib/search/match';
import { db } from '../client';
import { authors } from '../schema';
import { bylinesFor } from './cards';
import { hasVisibleStory } from './visibility';
import { searchDialect, type Match, type SearchFilters, type SearchMatch } from '../dialect/search';

export type { SearchFilters };

export const SEARCH_PAGE_SIZE = 10;
/** Matches counted exactly; beyond this the result says `totalIsLowerBound`. */
export const MAX_COUNTED = 1_000;
/**
 * How many of the newest matching visible stories are ranked for relevance (the first pages);
 * older matches follow newest first.
 */
export const RANK_WINDOW = 200;


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

/**
 * The matches to show, in order: the RANK_WINDOW newest visible matches, best first (headline
 * hits weigh most), then older ones newest first; counted up to MAX_COUNTED + 1.
 *
 * Scoring must read every candidate before sorting, which for a word found in a third of a
 * 100,000-story archive costs half a second; so only the newest matches are ranked: on a news site
 * the freshest matches are the ones worth ranking. And a last word searched as a prefix makes the
 * index merge every completion's matches in full before the first row: when the words as typed
 * already match more than MAX_COUNTED stories, completions could not change the count and are left
 * out. The engine-specific halves (FTS5, or tsvector with a GIN index) are in db/dialect/*-search.ts.
 */
async function rankedMatches(query: string, filters: SearchFilters, now: number): Promise<{ ordered: Match[]; match: SearchMatch } | null> {
  const prefixed = searchDialect.match(query, { prefix: true });
  if (!prefixed) return null;
  const exact = searchDialect.match(query, { prefix: false })!;
  const asTyped = rankWindow(await searchDialect.newestMatches(exact, filters, now, MAX_COUNTED + 1, RANK_WINDOW));
  if (exact.key === prefixed.key || asTyped.length > MAX_COUNTED) return { ordered: asTyped, match: exact };
  const all = await searchDialect.newestMatches(prefixed, filters, now, MAX_COUNTED + 1, RANK_WINDOW);
  return { ordered: rankWindow(all), match: prefixed };
}

/** The RANK_WINDOW newest matches best first, then the older ones newest first. */
function rankWindow(matches: Match[]): Match[] {
  return rank(matches.slice(0, RANK_WINDOW)).concat(matches.slice(RANK_WINDOW));
}

/** Best score first (lower is better on both engines), then the newest. */
function rank(matches: Match[]): Match[] {
  return matches.sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || b.publishedAt - a.publishedAt);
}

/**
 * Full-text search over visible stories only, best match first among the newest (see
 * rankedMatches), with highlighted excerpts. Any input is safe: it never reaches the index as
 * syntax, and input without a searchable word returns an empty result instead of querying.
 */
export async function searchPublishedArticles(query: string, filters: SearchFilters = {}, page = 1, now = Date.now()): Promise<SearchResult> {
  const found = await rankedMatches(query, filters, now);
  if (!found) return { hits: [], total: 0, page, pageCount: 1 };
  const { ordered, match } = found;
  const total = ordered.length;
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const pageCount = Math.max(1, Math.ceil(Math.min(total, MAX_COUNTED) / SEARCH_PAGE_SIZE));
  if (total <= offset || page > pageCount) return { hits: [], total, page, pageCount };
  const ids = ordered.slice(offset, offset + SEARCH_PAGE_SIZE).map((r) => r.id);
  if (ids.length === 0) return { hits: [], total, page, pageCount };
  // Both by id, so neither waits for the other (on PostgreSQL each is a round trip).
  const [rows, bylines] = await Promise.all([searchDialect.hitRows(match, ids), bylinesFor(ids)]);
  const byId = new Map(rows.map((r) => [Number(r.id), r] as const));
  const hitRows = ids.flatMap((id) => byId.get(id) ?? []);
  const hits = hitRows.map((r) => ({
    id: Number(r.id),
    slug: r.slug,
    headline: r.headline,
    headlineHtml: markedToHtml(r.headlineMarked ?? r.headline),
    excerptHtml: markedToHtml(hasMark(r.bodyMarked ?? '') || !r.dekMarked ? (r.bodyMarked ?? '') : r.dekMarked),
    publishedAt: Number(r.publishedAt),
    section: { slug: r.sectionSlug, name: r.sectionName },
    authors: bylines.get(Number(r.id)) ?? [],
  }));
  return { hits, total, page, pageCount };
}

/**
 * Author names and slugs for the search filter: authors with a story readers can see (filtering
 * by anyone else finds nothing, and a former colleague's profile without stories is unlisted).
 */
export async function listAuthorsForSearchFilter(): Promise<{ slug: string; name: string }[]> {
  return await db.select({ slug: authors.slug, name: authors.name }).from(authors).where(hasVisibleStory()).orderBy(asc(authors.name));
}
