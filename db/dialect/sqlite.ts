import { sql, type SQL } from 'drizzle-orm';

// The SQLite side of the few SQL pieces that differ between engines (db/dialect/index.ts).

/** Names the index a query must use: without statistics SQLite's planner picks a worse one. */
export function fromIndexed(table: SQL, index: string): SQL {
  return sql`${table} indexed by ${sql.raw(index)}`;
}

/** Keeps an expression out of index keys (SQLite's unary-plus hint). */
export function noIndex(expr: SQL): SQL {
  return sql`+${expr}`;
}

/** Values of `expr` over a group, joined by `separator`, in the order of the inner query (SQLite keeps it). */
export function stringAgg(expr: SQL, separator: string): SQL {
  return sql`group_concat(${expr}, ${separator})`;
}

/** Case-insensitive substring match (LIKE is case-insensitive for ASCII in SQLite). */
export function containsText(column: SQL, text: string): SQL {
  return sql`${column} like ${`%${escapeLike(text)}%`} escape '\\'`;
}

/** Case-insensitive prefix match, the same rule as containsText. */
export function startsWithText(column: SQL, text: string): SQL {
  return sql`${column} like ${`${escapeLike(text)}%`} escape '\\'`;
}

export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, (c) => `\\${c}`);
}

/**
 * Row locks for a claim (wire deliveries): SQLite has none and needs none. A claim is one UPDATE
 * whose WHERE re-checks `status = 'pending' and claimed_until <= now`; SQLite runs every write
 * statement under the database file's single write lock, so two processes claiming at once are
 * serialised and the second one's WHERE no longer matches the rows the first took.
 */
export function skipLocked(): SQL {
  return sql``;
}
