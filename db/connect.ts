import fs from 'node:fs';
import path from 'node:path';
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { describeEngine, dialectOf, parseDatabaseUrl, type Dialect, type Engine } from './engine';
import * as pgSchema from './schema/pg';
import * as sqliteSchema from './schema/sqlite';

/**
 * The one data-access handle, whatever the engine. Queries are written once against it, async,
 * with the query builder awaited (never SQLite's `.get()`/`.all()`/`.run()`), and return the same
 * shapes on both engines. It is typed with the PostgreSQL declarations; on SQLite the same builder
 * calls run through drizzle's SQLite dialect.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof pgSchema>;

export type Connection = {
  engine: Engine;
  dialect: Dialect;
  /** Reads (and nothing else on SQLite, where this connection is read-only). */
  db: Db;
  /** Every write goes through here: one transaction, committed when `fn` resolves. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Rows of a raw query (the named dialect pieces in db/dialect/), as plain objects. */
  rows<T>(query: SQL, on?: Db): Promise<T[]>;
  /** Runs a raw statement that returns no rows (a bulk insert or delete written in SQL). */
  execute(query: SQL, on?: Db): Promise<void>;
  close(): Promise<void>;
  /** The SQLite writer, for migrations and backups; null on PostgreSQL. */
  sqlite: Database.Database | null;
  /** The SQLite read-only connection every read goes through (query-plan tests); null on PostgreSQL. */
  sqliteReader: Database.Database | null;
};

export class DatabaseUnavailableError extends Error {}

/** Opens the database DATABASE_URL (or `url`) names. Does not touch the network until first use. */
export function connect(url: string | undefined = process.env.DATABASE_URL): Connection {
  const engine = parseDatabaseUrl(url);
  if (engine.kind === 'sqlite') return connectSqlite(engine);
  return connectPg(engine);
}

/**
 * SQLite: WAL so readers never wait on a writer, foreign keys enforced, a busy timeout instead of
 * SQLITE_BUSY under load, synchronous=NORMAL (durable in WAL mode for committed transactions across
 * process crashes). Two connections: a writer, used only inside `transaction()` and one
 * transaction at a time in this process, and a read-only reader, which sees only committed rows. An
 * async transaction on a single connection would let another request's statements run inside it.
 */
function connectSqlite(engine: Extract<Engine, { kind: 'sqlite' }>): Connection {
  fs.mkdirSync(path.dirname(engine.file), { recursive: true });
  const open = (readonly: boolean) => {
    const handle = new Database(engine.file, { readonly });
    handle.pragma('busy_timeout = 5000');
    if (!readonly) {
      handle.pragma('journal_mode = WAL');
      handle.pragma('synchronous = NORMAL');
      // Keep the planner's statistics fresh (bounded work; a no-op when nothing changed much), so
      // search and listings pick the narrow indexes on a large archive.
      handle.pragma('analysis_limit = 400');
      handle.pragma('optimize = 0x10002');
    }
    handle.pragma('foreign_keys = ON');
    return handle;
  };
  const writer = open(false);
  const reader = open(true);
  const readDb = drizzleSqlite(reader, { schema: sqliteSchema }) as unknown as Db;
  const writeDb = drizzleSqlite(writer, { schema: sqliteSchema }) as unknown as Db;
  const inTransaction = new AsyncLocalStorage<Db>();
  let queue: Promise<unknown> = Promise.resolve();

  async function transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // A transaction started inside another joins it (one writer, one transaction at a time).
    const current = inTransaction.getStore();
    if (current) return fn(current);
    const run = async () => {
      writer.exec('BEGIN IMMEDIATE');
      try {
        const value = await inTransaction.run(writeDb, () => fn(writeDb));
        writer.exec('COMMIT');
        return value;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw error;
      }
    };
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  }

  return {
    engine,
    dialect: 'sqlite',
    db: readDb,
    transaction,
    async rows<T>(query: SQL, on: Db = inTransaction.getStore() ?? readDb) {
      return (on as unknown as { all(q: SQL): T[] }).all(query);
    },
    async execute(query: SQL, on: Db = inTransaction.getStore() ?? writeDb) {
      (on as unknown as { run(q: SQL): void }).run(query);
    },
    async close() {
      reader.close();
      writer.close();
    },
    sqlite: writer,
    sqliteReader: reader,
  };
}

function connectPg(engine: Extract<Engine, { kind: 'postgres' | 'pglite' }>): Connection {
  let db: Db;
  let close: () => Promise<void>;
  if (engine.kind === 'postgres') {
    /* eslint-disable @typescript-eslint/no-require-imports -- loaded only when PostgreSQL is used */
    const pg = require('pg') as typeof import('pg');
    const { drizzle } = require('drizzle-orm/node-postgres') as typeof import('drizzle-orm/node-postgres');
    /* eslint-enable @typescript-eslint/no-require-imports */
    // bigint (unix milliseconds, counts) as numbers, as SQLite returns them.
    pg.types.setTypeParser(20, (value: string) => Number(value));
    const pool = new pg.Pool({
      connectionString: engine.url,
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      // A server that does not answer is an error within seconds, never a hang.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
    });
    // A dropped connection is replaced on the next query; it must not crash the process.
    pool.on('error', () => undefined);
    db = drizzle(pool, { schema: pgSchema }) as unknown as Db;
    close = () => pool.end();
  } else {
    /* eslint-disable @typescript-eslint/no-require-imports -- PostgreSQL in-process, for tests */
    const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
    const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as typeof import('@electric-sql/pglite/contrib/unaccent');
    const { drizzle } = require('drizzle-orm/pglite') as typeof import('drizzle-orm/pglite');
    /* eslint-enable @typescript-eslint/no-require-imports */
    // unaccent: search folds accents (db/migrations-pg/0001), as on SQLite and Debian's PostgreSQL.
    const client = new PGlite({ ...(engine.dataDir ? { dataDir: engine.dataDir } : {}), extensions: { unaccent } });
    db = drizzle(client, { schema: pgSchema }) as unknown as Db;
    close = () => client.close();
  }
  return {
    engine,
    dialect: 'pg',
    db,
    transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
    async rows<T>(query: SQL, on: Db = db) {
      const result = (await on.execute(query)) as unknown as { rows: T[] };
      return result.rows;
    },
    async execute(query: SQL, on: Db = db) {
      await on.execute(query);
    },
    close,
    sqlite: null,
    sqliteReader: null,
  };
}

/** A one-line reason for a connection failure, naming the problem and never the password. */
export function explainConnectionError(error: unknown, engine: Engine): string {
  const where = describeEngine(engine);
  // drizzle wraps the driver's error ("Failed query: …"); the driver's own code is on its cause.
  let e = error as { code?: string; message?: string; cause?: unknown };
  while (!e?.code && e?.cause) e = e.cause as typeof e;
  switch (e?.code) {
    case '28P01':
    case '28000':
      return `Database refused the credentials for ${where} (wrong user or password).`;
    case '3D000':
      return `Database ${where} does not exist.`;
    case 'ECONNREFUSED':
      return `Database server at ${where} refused the connection (is it running?).`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Database host of ${where} could not be found.`;
    case 'ETIMEDOUT':
      return `Database server at ${where} did not answer in time.`;
    case 'SQLITE_CANTOPEN':
      return `SQLite file ${where} cannot be opened.`;
    default: {
      const message = (e?.message ?? String(error)).split('\n')[0] ?? '';
      const safe = engine.kind === 'postgres' ? message.replaceAll(new URL(engine.url).password || '\u0000', '***') : message;
      return /timeout/i.test(safe) ? `Database server at ${where} did not answer in time.` : `Database ${where}: ${safe}`;
    }
  }
}

export { dialectOf };

/** The first row of a result, or undefined: `await db.select()…limit(1).then(first)`. */
export function first<T>(rows: T[]): T | undefined {
  return rows[0];
}
