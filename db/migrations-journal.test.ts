import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './migrate';

// drizzle's migrator applies the migrations dated after the last one a database has: a migration
// dated before its predecessor would be skipped on every database already past that predecessor.
describe('migration journals', () => {
  for (const [engine, folder] of Object.entries(MIGRATIONS_FOLDER)) {
    it(`${engine}: every migration is dated after the one before it, and its file exists`, () => {
      const journal = JSON.parse(fs.readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
      journal.entries.forEach((entry, i) => {
        expect(entry.idx, entry.tag).toBe(i);
        if (i > 0) expect(entry.when, entry.tag).toBeGreaterThan(journal.entries[i - 1]!.when);
        expect(fs.existsSync(path.join(folder, `${entry.tag}.sql`)), entry.tag).toBe(true);
      });
    });
  }
});
