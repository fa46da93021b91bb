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
if (process.env.TEST_ENGINE === 'pglite') {
  process.env.DATABASE_URL = 'pglite:';
  // In memory: migrated through the connection the tests will use.
  await migrateConnection(connection());
} else {
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
  await runMigrations(process.env.DATABASE_URL);
}

afterAll(async () => {
  await closeDatabase();
  fs.rmSync(dir, { recursive: true, force: true });
});
