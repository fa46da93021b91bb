// @ts-check
// The database an end-to-end server runs on: a SQLite file in data/e2e, or, when E2E_POSTGRES_URL
// names a PostgreSQL server the tests may create databases on, a database of that name there,
// dropped and created afresh. Never the demo database.
import path from 'node:path';

// From the project's root, where npm and Playwright run (no import.meta: Playwright loads this as CommonJS).
export const E2E_DIR = path.resolve('data', 'e2e');

/** Which engine the end-to-end run uses: `postgres` when E2E_POSTGRES_URL is set. */
export const e2eEngine = () => (process.env.E2E_POSTGRES_URL ? 'postgres' : 'sqlite');

/** The address of the end-to-end database `name` (a plain identifier: letters, digits, underscores). */
export function e2eDatabaseUrl(/** @type {string} */ name) {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  const server = process.env.E2E_POSTGRES_URL;
  if (!server) return `file:${path.join(E2E_DIR, `${name}.db`)}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates the end-to-end database `name` afresh (on PostgreSQL; a SQLite file is made on first use). */
export async function freshE2eDatabase(/** @type {string} */ name) {
  const address = e2eDatabaseUrl(name);
  const server = process.env.E2E_POSTGRES_URL;
  if (!server) return address;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return address;
}
