import { sql, type SQL } from 'drizzle-orm';
import { articles, authors, sections } from '../schema';
import { isSqlite } from './index';
import * as pg from './pg-search';
import * as sqlite from './sqlite-search';

export type SearchFilters = { section?: string | null; author?: string | null };

/**
 * What a query matches, in the engine's terms; `key` tells two matches apart. `words`: the words a
 * plain query (no quotes, "or" or minus, no prefix) requires, in the index's terms, when the
 * engine uses them to plan its questions.
 */
export type SearchMatch = { key: string; expression: SQL; words?: string[] };

export type Match = { id: number; publishedAt: number; score?: number };

export type HitRow = {
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

/** The engine's half of search: building the match, the newest matches, the highlighted hits. */
export type SearchDialect = {
  match(query: string, options: { prefix: boolean }): SearchMatch | null;
  /**
   * The `limit` newest visible matches (below the id `below` when given), newest first, the first
   * `scored` of them (at least) with their score.
   */
  newestMatches(match: SearchMatch, filters: SearchFilters, now: number, limit: number, scored: number, below?: number): Promise<Match[]>;
  hitRows(match: SearchMatch, ids: number[]): Promise<HitRow[]>;
};

/** Section and author filters, the same on both engines. */
export function filterSql(filters: SearchFilters): SQL {
  const parts = [];
  if (filters.section) parts.push(sql`and ${sections.slug} = ${filters.section}`);
  if (filters.author) {
    parts.push(
      sql`and exists (select 1 from article_authors aa join ${authors} on ${authors.id} = aa.author_id where aa.article_id = ${articles.id} and ${authors.slug} = ${filters.author})`,
    );
  }
  return sql.join(parts, sql` `);
}

export const idList = (ids: number[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);

export const searchDialect: SearchDialect = isSqlite ? sqlite : pg;
