import type { SQL } from 'drizzle-orm';
import { dialectOf, parseDatabaseUrl } from '../engine';
import * as pg from './pg';
import * as sqlite from './sqlite';

/**
 * The SQL that differs between the engines, small and named, one file per dialect: index hints,
 * string aggregation, case-insensitive matching (search has its own pair: db/dialect/*-search.ts).
 * Everything else in db/queries is written once.
 */
type Pieces = {
  fromIndexed(table: SQL, index: string): SQL;
  noIndex(expr: SQL): SQL;
  stringAgg(expr: SQL, separator: string, orderBy?: SQL): SQL;
  containsText(column: SQL, text: string): SQL;
  startsWithText(column: SQL, text: string): SQL;
  skipLocked(): SQL;
};

export const isSqlite = dialectOf(parseDatabaseUrl(process.env.DATABASE_URL)) === 'sqlite';
export const dialectSql: Pieces = isSqlite ? sqlite : pg;
