import { sql } from 'drizzle-orm';
import { buildMatchExpression, MARK_CLOSE, MARK_OPEN } from '@/lib/search/match';
import { rows } from '../client';
import { articles, sections } from '../schema';
import { visibleToReadersById } from '../queries/visibility';
import { filterSql, idList, type HitRow, type Match, type SearchFilters, type SearchMatch } from './search';

// Search on SQLite: FTS5 (migration 0001), bm25 with per-column weights, highlight and snippet.

// bm25 column weights in index order: headline, dek, body, authors, tags.
const WEIGHTS = sql.raw('10.0, 4.0, 1.0, 3.0, 3.0');
const SNIPPET_TOKENS = 28;
// better-sqlite3 binds JavaScript numbers as REAL, and FTS5 does not seek to a REAL rowid bound:
// it walks the whole match list (7 ms instead of 0.6 for a common word). Bounds are cast.
const rowid = (id: number) => sql`cast(${id} as integer)`;

export function match(query: string, options: { prefix: boolean }): SearchMatch | null {
  const expression = buildMatchExpression(query, options);
  return expression === null ? null : { key: expression, expression: sql`${expression}` };
}

/**
 * The visible stories matching, newest first, at most `limit` (FTS5 reads rowids in descending
 * order natively, so this stops early). Visibility comes from a covering index, never from the
 * wide article rows; sections are joined only to filter by one.
 *
 * bm25 reads every hit's positions, so the first `scored` are read with it and the rest without,
 * below them. A last word matched as a prefix (its FTS5 expression ends in `*`) is one pass with
 * scores: FTS5 merges every completion's matches in full for each statement.
 */
export async function newestMatches(m: SearchMatch, filters: SearchFilters, now: number, limit: number, scored: number, below?: number): Promise<Match[]> {
  if (scored === 0 || scored >= limit || m.key.includes('*')) return newest(m, filters, now, limit, scored > 0, below);
  const first = await newest(m, filters, now, scored, true, below);
  if (first.length < scored) return first;
  return first.concat(await newest(m, filters, now, limit - scored, false, first[first.length - 1]!.id));
}

function newest(m: SearchMatch, filters: SearchFilters, now: number, limit: number, withScore: boolean, below?: number): Promise<Match[]> {
  const section = filters.section ? sql`join ${sections} on ${sections.id} = ${articles.sectionId}` : sql``;
  const score = withScore ? sql`, bm25(articles_fts, ${WEIGHTS}) as score` : sql``;
  const older = below === undefined ? sql`` : sql`and articles_fts.rowid < ${rowid(below)}`;
  return rows<Match>(
    sql`select articles_fts.rowid as id, ${articles.publishedAt} as "publishedAt" ${score}
        from articles_fts join ${articles} on ${articles.id} = articles_fts.rowid ${section}
        where articles_fts match ${m.expression} ${older} and ${visibleToReadersById(now)} ${filterSql(filters)}
        order by articles_fts.rowid desc limit ${limit}`,
  );
}

/**
 * One pass over the page's rowid range: `rowid in (…)` would make FTS5 look up (and, for a prefix
 * term, merge) the matches once per listed story. The `+` keeps the list out of FTS5.
 */
export async function hitRows(m: SearchMatch, ids: number[]): Promise<HitRow[]> {
  return rows<HitRow>(
    sql`select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline,
          ${articles.publishedAt} as "publishedAt", ${sections.slug} as "sectionSlug", ${sections.name} as "sectionName",
          highlight(articles_fts, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as "headlineMarked",
          highlight(articles_fts, 1, ${MARK_OPEN}, ${MARK_CLOSE}) as "dekMarked",
          snippet(articles_fts, 2, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS}) as "bodyMarked"
        from articles_fts join ${articles} on ${articles.id} = articles_fts.rowid join ${sections} on ${sections.id} = ${articles.sectionId}
        where articles_fts match ${m.expression} and articles_fts.rowid between ${rowid(Math.min(...ids))} and ${rowid(Math.max(...ids))}
          and +articles_fts.rowid in (${idList(ids)})`,
  );
}
