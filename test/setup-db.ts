import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { closeDatabase, connection } from '@/db/client';
import { migrateConnection, runMigrations } from '@/db/migrate';

// Runs before each test file (in its own module context): a fresh, migrated database that no
// other file and never the demo database touches. TEST_ENGINE=pglite (the second vitest project)
// gives PostgreSQL in-process instead of a SQLite file: the same tests on both engines.
process.env.SITE_TIME_ZONE = 'UTC';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-unit-'));
let dropDatabase: (() => Promise<void>) | null = null;
if (process.env.TEST_ENGINE === 'pglite') {
  process.env.DATABASE_URL = 'pglite:';
  // In memory: migrated through the connection the tests will use.
  await migrateConnection(connection());
} else if (process.env.TEST_ENGINE === 'postgres') {
  // A PostgreSQL server (CI starts one): a database of its own per test file, dropped after it.
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) throw new Error('TEST_ENGINE=postgres needs TEST_POSTGRES_URL (a server the tests may create databases on).');
  const { Client } = await import('pg');
  const name = `news_test_${process.pid}_${Date.now()}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  await migrateConnection(connection());
  dropDatabase = async () => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
} else {
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
  await runMigrations(process.env.DATABASE_URL);
}

afterAll(async () => {
  await closeDatabase();
  await dropDatabase?.();
  fs.rmSync(dir, { recursive: true, force: true });
});
