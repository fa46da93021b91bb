import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SQL } from 'drizzle-orm';
import { connect, type Connection, type Db } from './connect';

export { first, type Db } from './connect';

// One connection (pool) per server process. The global keeps dev-mode hot reloads from opening a
// new one on every edit.
const globalForDb = globalThis as unknown as { __newsDb?: Connection };

export function connection(): Connection {
  if (!globalForDb.__newsDb) globalForDb.__newsDb = connect(process.env.DATABASE_URL);
  return globalForDb.__newsDb;
}

/** Reads. Writes go through `transaction()`. */
export const db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

const committed = new AsyncLocalStorage<(() => void)[]>();

/**
 * Runs `fn` in one transaction on either engine; every write of the data layer goes through it.
 * What `afterCommit` queued inside runs once the outermost transaction has committed (never after
 * a rollback), after the writer has its answer.
 */
export async function transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
  if (committed.getStore()) return connection().transaction(fn);
  const queued: (() => void)[] = [];
  const value = await committed.run(queued, () => connection().transaction(fn));
  if (queued.length > 0) {
    setImmediate(() => {
      for (const run of queued) {
        try {
          run();
        } catch (error) {
          console.error(JSON.stringify({ level: 'error', msg: 'after-commit task failed', error: (error as Error).message }));
        }
      }
    });
  }
  return value;
}

/**
 * Queues `task` to run after the current transaction commits (side effects outside the database:
 * notifying others of what changed). It must not throw or block; it is dropped on rollback.
 */
export function afterCommit(task: () => void): void {
  const queued = committed.getStore();
  if (!queued) throw new Error('afterCommit() outside transaction()');
  queued.push(task);
}

/** Rows of a raw query (the dialect pieces in db/dialect/), on the reader or inside `tx`. */
export function rows<T>(query: SQL, tx?: Db): Promise<T[]> {
  return connection().rows<T>(query, tx);
}

/** A raw statement that returns no rows, inside `tx` (raw writes belong in a transaction). */
export function execute(query: SQL, tx: Db): Promise<void> {
  return connection().execute(query, tx);
}

export function dialect() {
  return connection().dialect;
}

/** Closes the connection (graceful shutdown); the next query opens a new one. */
export async function closeDatabase() {
  const current = globalForDb.__newsDb;
  globalForDb.__newsDb = undefined;
  await current?.close();
}

/** The SQLite writer handle (tests of plans, health and triggers); SQLite only. */
export function sqlite() {
  return connection().sqlite!;
}

/** The SQLite read-only connection reads go through (query-plan tests); SQLite only. */
export function sqliteReader() {
  return connection().sqliteReader!;
}
