import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, restore } from '../backup';
import { closeDatabase, db, transaction } from '../client';
import { parseDatabaseUrl } from '../engine';
import { sections } from '../schema';
import { makeSection } from '@/test/factories';

// `npm run db:backup` / `db:restore` on the engine this project runs (SQLite's backup API, or
// pg_dump/pg_restore on a PostgreSQL server); an in-process PGlite database is refused plainly.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('backup and restore on this engine', () => {
  it('brings back what the backup held, and refuses a file that is not a backup without touching the database', async () => {
    const engine = parseDatabaseUrl(process.env.DATABASE_URL);
    const file = path.join(tmp, 'news.backup');
    if (engine.kind === 'pglite') {
      await expect(backup(engine, file)).rejects.toThrow(/PGlite database are not supported/);
      return;
    }
    const kept = await makeSection({ name: 'Kept' });
    await backup(engine, file);
    await transaction((tx) => tx.update(sections).set({ name: 'Changed after the backup' }).where(eq(sections.id, kept.id)));
    // A restore replaces the database under the open connection (SQLite swaps the file).
    await closeDatabase();
    await restore(engine, file);
    expect((await db.select({ name: sections.name }).from(sections).where(eq(sections.id, kept.id)))[0]?.name).toBe('Kept');

    const junk = path.join(tmp, 'junk.backup');
    fs.writeFileSync(junk, 'not a backup');
    await closeDatabase();
    await expect(restore(engine, junk)).rejects.toThrow();
    expect((await db.select({ name: sections.name }).from(sections).where(eq(sections.id, kept.id)))[0]?.name).toBe('Kept');
  });
});
