import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = ReturnType<typeof openDatabase>['db'];

/**
 * Opens a SQLite file with the settings every process of ours relies on: WAL so readers never
 * wait on a writer, foreign keys enforced, a busy timeout instead of SQLITE_BUSY under load, and
 * synchronous=NORMAL (durable in WAL mode for committed transactions across process crashes).
 * Creates the folder, which a fresh clone does not have.
 */
export function openDatabase(file: string) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Keep the planner's statistics fresh (bounded work; a no-op when nothing changed much), so
  // search and listings pick the narrow indexes on a large archive.
  sqlite.pragma('analysis_limit = 400');
  sqlite.pragma('optimize = 0x10002');
  const db = drizzle(sqlite, { schema });
  return { sqlite, db };
}

/** Resolves DATABASE_URL (`file:./data/news.db` or a plain path) to an absolute path. */
export function resolveDatabaseFile(url: string | undefined): string {
  const value = url && url.length > 0 ? url : 'file:./data/news.db';
  const file = value.startsWith('file:') ? value.slice('file:'.length) : value;
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), file);
}
