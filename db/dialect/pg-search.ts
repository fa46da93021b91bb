import { sql, type SQL } from 'drizzle-orm';
import { MARK_CLOSE, MARK_OPEN, MAX_QUERY_CHARS, searchTokens } from '@/lib/search/match';
import { rows } from '../client';
import { articles, sections } from '../schema';
import { filterSql, idList, type HitRow, type Match, type SearchFilters, type SearchMatch } from './search';

// Search on PostgreSQL: a weighted tsvector per story in `article_search` (headline A, dek B,
// authors and tags C, body D, and the lexemes of its id ranges), kept up to date on write by
// triggers and served by a GIN index, newest id ranges first, with each story's visibility beside it
// (db/migrations-pg/0001, 0008, 0009, 0010);
// `websearch_to_tsquery` reads what readers type
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
  if (!options.prefix || finished || [...last].length < MIN_PREFIX_CHARS) return { key: `exact:${text}`, expression: asTyped, ...plainWords(text, tokens) };
  // Every word but the last as typed, the last as a prefix (a word not typed to its end still finds).
  const head = text.slice(0, text.lastIndexOf(last));
  const prefix = sql`to_tsquery(${CONFIG}, ${`'${last.toLowerCase()}':*`})`;
  const expression: SQL = searchTokens(head).length > 0 ? sql`(websearch_to_tsquery(${CONFIG}, ${head}) && ${prefix})` : prefix;
  return { key: `prefix:${text}`, expression };
}

/** The words of a query without operators, as the 'news_search' configuration stores them (lower case, accents folded). */
function plainWords(text: string, tokens: string[]): { words?: string[] } {
  if (/["-]/.test(text) || tokens.some((t) => t.toLowerCase() === 'or')) return {};
  return { words: tokens.map((t) => t.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) };
}

/**
 * The share of stories holding each of the most common words, from the planner's statistics of
 * the search documents (kept by ANALYZE, which autovacuum runs), and the share below which the
 * statistics list no word. Read at most every STATISTICS_MS per process: they only size the first
 * question of a search (a word in most stories needs a few thousand ids, a rarer one many more),
 * so an old reading costs time, never a wrong answer.
 */
type WordShares = { share: Map<string, number>; below: number };
/** The reading in use or under way, and when it was begun: searches arriving together share one. */
let wordShares: { since: number; reading: Promise<WordShares> } | null = null;
const STATISTICS_MS = 10 * 60_000;

async function readWordShares(): Promise<WordShares> {
  const [row] = await rows<{ words: string[] | null; shares: number[] | null }>(
    sql`select most_common_elems::text::text[] as words, most_common_elem_freqs as shares
        from pg_stats where schemaname = current_schema() and tablename = 'article_search' and attname = 'document'`,
  );
  const words = row?.words ?? [];
  const shares = (row?.shares ?? []).map(Number);
  // After the words' shares the array holds the lowest and the highest of them, and the share of nulls.
  const below = words.length > 0 ? (shares[words.length] ?? 0) : 0;
  return { share: new Map(words.map((w, i) => [w, shares[i] ?? 0])), below };
}

/** Reads the statistics again at the next search (tests, after ANALYZE). */
export function forgetWordShares(): void {
  wordShares = null;
}

function currentWordShares(): Promise<WordShares> {
  if (wordShares && Date.now() - wordShares.since < STATISTICS_MS) return wordShares.reading;
  const begun = { since: Date.now(), reading: readWordShares() };
  wordShares = begun;
  // A failed read is tried again by the next search, not kept for ten minutes.
  begun.reading.catch(() => {
    if (wordShares === begun) wordShares = null;
  });
  return begun.reading;
}

/**
 * How many of the newest ids the first question covers: enough for `wanted` matches at the share of
 * stories the words are expected in (each word's share from the statistics), with a margin;
 * FIRST_SPAN when nothing is known.
 */
export async function firstSpan(m: SearchMatch, wanted: number): Promise<number> {
  if (!m.words?.length) return FIRST_SPAN;
  const { share, below } = await currentWordShares().catch(() => ({ share: new Map<string, number>(), below: 0 }));
  if (below <= 0) return FIRST_SPAN;
  // A word not listed: half their lowest share, as the planner takes it (ts_selfuncs.c).
  const expected = m.words.reduce((product, word) => product * (share.get(word) ?? below / 2), 1);
  return Math.max(FIRST_SPAN, Math.ceil((1.5 * wanted) / expected));
}

/**
 * Story ids per range of a question's span (the 1000 of db/migrations-pg/0008; the index is asked
 * for a span by the fewest of its ranges of 1,000, 10,000 and 100,000 ids, migration 0009).
 */
const ID_RANGE = 1_000;
/** Story ids the first question covers: the newest stories. The next ones are sized by how many matched. */
export const FIRST_SPAN = 2_000;
/** With a section or author filter most matches are someone else's: candidates are taken this many at a time per match wanted. */
const FILTERED_BATCH = 8;

/**
 * The newest visible matches, newest first. The GIN index names the candidates (db/migrations-pg/0008):
 * the words and the newest id ranges first, further ranges only while matches are missing, as
 * many as the rate of matches so far says are needed, so a word in most stories stops at the
 * first question and none reads a document back. The visibility rule is applied in the same scan,
 * from the search table's copy of it (migration 0010); a section or author filter joins the
 * candidates to their stories. Only the first `scored` matches have their document read back, for
 * ts_rank.
 */
export async function newestMatches(m: SearchMatch, filters: SearchFilters, now: number, limit: number, scored: number, below?: number): Promise<Match[]> {
  const [top] = await rows<{ next: number }>(sql`select coalesce(max(article_id), 0) + 1 as next from article_search`);
  let upper = Math.min(below ?? Infinity, Number(top?.next ?? 1));
  const filtered = Boolean(filters.section || filters.author);
  const batch = filtered ? FILTERED_BATCH : 1;
  const section = filters.section ? sql`join ${sections} on ${sections.id} = ${articles.sectionId}` : sql``;
  const filter = filtered ? sql`join ${articles} on ${articles.id} = candidate.article_id ${section} where true ${filterSql(filters)}` : sql``;
  let span = await firstSpan(m, limit * batch);
  const found: Match[] = [];
  while (found.length < limit && upper > 0) {
    const highest = Math.floor((upper - 1) / ID_RANGE);
    const lowest = Math.floor(Math.max(0, upper - span) / ID_RANGE);
    // Past the oldest range: one last question over every story below `upper`.
    const bounded = lowest > 0;
    const wanted = (limit - found.length) * batch;
    // The first `scored` matches are scored in the question that finds them (their documents
    // read back for ts_rank), so a search that one question answers is one statement.
    const scoring = Math.max(0, Math.min(scored, limit) - found.length);
    const scores = scoring
      ? sql`(select json_agg(json_build_array(v.id, -ts_rank(s.document, ${m.expression})))
            from (select id from visible order by id desc limit ${scoring}) v join article_search s on s.article_id = v.id)`
      : sql`null`;
    // Each match comes back as [id, published_at], each score as [id, score]: arrays are a third
    // of the objects' text, for up to a thousand matches a question.
    const [answer] = await rows<{ candidates: number; last: number | null; visible: [number, number][] | null; scores: [number, number][] | null }>(
      sql`with candidate as materialized (
            select article_id, published_at
            from article_search_visible_newest(${m.expression}, ${bounded ? lowest : null}::integer, ${highest}, ${upper}, ${wanted}, ${now})
          ),
          visible as materialized (select candidate.article_id as id, candidate.published_at from candidate ${filter})
          select (select count(*) from candidate)::integer as candidates, (select min(article_id) from candidate) as last,
            (select json_agg(json_build_array(id, published_at) order by id desc) from visible) as visible,
            ${scores} as scores`,
    );
    if (!answer) break;
    const score = new Map(answer.scores ?? []);
    for (const [id, publishedAt] of answer.visible ?? []) {
      const s = score.get(id);
      found.push(s === undefined ? { id, publishedAt } : { id, publishedAt, score: s });
    }
    if (answer.candidates === wanted) {
      // The ranges may hold more: go on below the last candidate.
      upper = Number(answer.last);
    } else if (bounded) {
      // Far enough back for what is missing at the rate the words matched here, with a margin:
      // every candidate of a question is sorted, so a range much too wide costs as much as a
      // question too many.
      const rate = answer.candidates / (upper - lowest * ID_RANGE);
      const missing = (limit - found.length) * batch;
      span = rate > 0 ? Math.max(ID_RANGE, Math.ceil((1.5 * missing) / rate)) : span * 10;
      upper = lowest * ID_RANGE;
    } else {
      break;
    }
  }
  return found.slice(0, limit);
}

/**
 * The page's stories with their highlights. ts_headline parses each story's whole text again
 * (most of the statement's time), so a page is asked for in two halves at once, on two
 * connections: PostgreSQL runs one statement on one core.
 */
export async function hitRows(m: SearchMatch, ids: number[]): Promise<HitRow[]> {
  if (ids.length <= HIT_ROWS_PER_QUESTION) return hitRowsOf(m, ids);
  const half = Math.ceil(ids.length / 2);
  return (await Promise.all([hitRowsOf(m, ids.slice(0, half)), hitRowsOf(m, ids.slice(half))])).flat();
}

/** Below this many stories a page is one question: a second connection would cost more than it saves. */
const HIT_ROWS_PER_QUESTION = 4;

function hitRowsOf(m: SearchMatch, ids: number[]): Promise<HitRow[]> {
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
