import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { e2eDatabaseUrl, E2E_DIR } from '../../scripts/e2e-database.mjs';

/**
 * Runs one statement on the e2e server's database, whichever engine it is on, for the few journeys
 * that set up a state the newsroom has no screen for. `?` placeholders, in order.
 */
export async function e2eSql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const server = process.env.E2E_POSTGRES_URL;
  if (!server) {
    const db = new Database(path.join(E2E_DIR, 'e2e.db'));
    try {
      db.pragma('busy_timeout = 5000');
      const statement = db.prepare(text);
      return statement.reader ? (statement.all(...params) as T[]) : (statement.run(...params), []);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: e2eDatabaseUrl('e2e') });
  await client.connect();
  try {
    let n = 0;
    return (await client.query(text.replace(/\?/g, () => `$${++n}`), params)).rows as T[];
  } finally {
    await client.end();
  }
}
