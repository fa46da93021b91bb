import { sql, type SQL } from 'drizzle-orm';
import { escapeLike } from './sqlite';

// The PostgreSQL side of the few SQL pieces that differ between engines (db/dialect/index.ts).

/** PostgreSQL's planner chooses from statistics; it takes no index names. */
export function fromIndexed(table: SQL): SQL {
  return table;
}

/** PostgreSQL's planner needs no hint here. */
export function noIndex(expr: SQL): SQL {
  return expr;
}

/** PostgreSQL does not promise an inner query's order to an aggregate: it is named. */
export function stringAgg(expr: SQL, separator: string, orderBy?: SQL): SQL {
  return orderBy ? sql`string_agg(${expr}, ${separator} order by ${orderBy})` : sql`string_agg(${expr}, ${separator})`;
}

export function containsText(column: SQL, text: string): SQL {
  return sql`${column} ilike ${`%${escapeLike(text)}%`} escape '\\'`;
}

/** Case-insensitive prefix match, the same rule as containsText. */
export function startsWithText(column: SQL, text: string): SQL {
  return sql`${column} ilike ${`${escapeLike(text)}%`} escape '\\'`;
}

/**
 * Row locks for a claim (wire deliveries): the inner SELECT locks the rows it picks and skips
 * those another instance is claiming, so concurrent claims never wait on or take the same row.
 */
export function skipLocked(): SQL {
  return sql`for update skip locked`;
}
