import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { runMigrations } from '@/db/migrate';

// Runs before each test file (in its own module context): a fresh, migrated database that no
// other file and never the demo database touches.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-unit-'));
const file = path.join(dir, 'test.db');
process.env.DATABASE_URL = `file:${file}`;
process.env.SITE_TIME_ZONE = 'UTC';
await runMigrations(`file:${file}`);

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});
