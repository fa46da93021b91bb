import { sql, type SQL } from 'drizzle-orm';
import { MARK_CLOSE, MARK_OPEN, MAX_QUERY_CHARS, searchTokens } from '@/lib/search/match';
import { rows } from '../client';
import { articles, sections } from '../schema';
import { visibleToReadersById } from '../queries/visibility';
import { filterSql, idList, type HitRow, type Match, type SearchFilters, type SearchMatch } from './search';

// Search on PostgreSQL: a weighted tsvector per story in `article_search` (headline A, dek B,
// authors and tags C, body D), kept up to date on write by triggers and served by a GIN index
// (db/migrations-pg/0001_search_and_triggers.sql); `websearch_to_tsquery` reads what readers type
// (quotes, "or", a leading minus), the last word also as a prefix; ts_rank scores, ts_headline
// highlights (the text is escaped afterwards, in lib/search/match.ts).

// 'simple' with accents folded (migration 0001), as FTS5's remove_diacritics on SQLite.
const CONFIG = sql.raw(`'news_search'`);
const MIN_PREFIX_CHARS = 2;
const HEADLINE_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=28, MinWords=12, ShortWord=1, MaxFragments=1, FragmentDelimiter=" … "`;

/**
 * The tsquery for a reader's input. Tokens are letters, digits and marks only (searchTokens), so a
 * prefix lexeme can be quoted safely; everything else goes through websearch_to_tsquery, which
 * accepts any text without a syntax error.
 */
export function match(query: string, options: { prefix: boolean }): SearchMatch | null {
  const text = query.slice(0, MAX_QUERY_CHARS);
  const tokens = searchTokens(text);
  if (tokens.length === 0) return null;
  const last = tokens[tokens.length - 1]!;
  const finished = /\s$/.test(text);
  const asTyped = sql`websearch_to_tsquery(${CONFIG}, ${tokens.length > 0 ? text : ''})`;
  if (!options.prefix || finished || [...last].length < MIN_PREFIX_CHARS) return { key: `exact:${text}`, expression: asTyped };
  // Every word but the last as typed, the last as a prefix (a word not typed to its end still finds).
  const head = text.slice(0, text.lastIndexOf(last));
  const prefix = sql`to_tsquery(${CONFIG}, ${`'${last.toLowerCase()}':*`})`;
  const expression: SQL = searchTokens(head).length > 0 ? sql`(websearch_to_tsquery(${CONFIG}, ${head}) && ${prefix})` : prefix;
  return { key: `prefix:${text}`, expression };
}

export async function newestMatches(m: SearchMatch, filters: SearchFilters, now: number, limit: number, withScore: boolean, below?: number): Promise<Match[]> {
  const section = filters.section ? sql`join ${sections} on ${sections.id} = ${articles.sectionId}` : sql``;
  // ts_rank is higher for better matches; negated, so that lower is better as with bm25.
  const score = withScore ? sql`, -ts_rank(s.document, ${m.expression}) as score` : sql``;
  const older = below === undefined ? sql`` : sql`and s.article_id < ${below}`;
  return rows<Match>(
    sql`select s.article_id as id, ${articles.publishedAt} as "publishedAt" ${score}
        from article_search s join ${articles} on ${articles.id} = s.article_id ${section}
        where s.document @@ ${m.expression} ${older} and ${visibleToReadersById(now)} ${filterSql(filters)}
        order by s.article_id desc limit ${limit}`,
  );
}

export async function hitRows(m: SearchMatch, ids: number[]): Promise<HitRow[]> {
  return rows<HitRow>(
    sql`select ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline,
          ${articles.publishedAt} as "publishedAt", ${sections.slug} as "sectionSlug", ${sections.name} as "sectionName",
          ts_headline(${CONFIG}, ${articles.headline}, ${m.expression}, ${HEADLINE_OPTIONS}) as "headlineMarked",
          ts_headline(${CONFIG}, ${articles.dek}, ${m.expression}, ${HEADLINE_OPTIONS}) as "dekMarked",
          ts_headline(${CONFIG}, ${articles.bodyText}, ${m.expression}, ${SNIPPET_OPTIONS}) as "bodyMarked"
        from ${articles} join ${sections} on ${sections.id} = ${articles.sectionId}
        where ${articles.id} in (${idList(ids)})`,
  );
}
