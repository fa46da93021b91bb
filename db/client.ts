import 'server-only';
import { env } from '@/lib/env';
import { openDatabase, resolveDatabaseFile } from './open';

// One connection per server process. The global keeps dev-mode hot reloads from opening a new
// handle on every edit.
const globalForDb = globalThis as unknown as { __newsDb?: ReturnType<typeof openDatabase> };

function connection() {
  if (!globalForDb.__newsDb) globalForDb.__newsDb = openDatabase(resolveDatabaseFile(env.DATABASE_URL));
  return globalForDb.__newsDb;
}

export const db = new Proxy({} as ReturnType<typeof openDatabase>['db'], {
  get(_target, prop) {
    const real = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[prop];
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export function sqlite() {
  return connection().sqlite;
}
