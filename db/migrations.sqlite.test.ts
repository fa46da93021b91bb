import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMigrations } from './migrate';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';

const migrationsDir = path.join(__dirname, 'migrations');
const journal = JSON.parse(fs.readFileSync(path.join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-migrate-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of the migrations folder that stops after the first `count` migrations. */
function firstMigrations(count: number): string {
  const dir = path.join(tmp, `first-${count}`);
  fs.mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const entries = journal.entries.slice(0, count);
  for (const e of entries) fs.copyFileSync(path.join(migrationsDir, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

describe('migrations', () => {
  it('run forward from the first migration on a database with content and keep every row', async () => {
    const file = path.join(tmp, 'upgrade.db');
    const sqlite = new Database(file);
    const db = drizzle(sqlite);
    const { migrate } = await import('drizzle-orm/better-sqlite3/migrator');
    migrate(db, { migrationsFolder: firstMigrations(1) });
    sqlite.exec(`
      insert into sections (slug, name) values ('world', 'World');
      insert into authors (slug, name) values ('ana-perez', 'Ana Perez');
      insert into tags (slug, name) values ('trade', 'Trade');
      insert into articles (slug, headline, body, body_text, section_id, status, published_at)
        values ('old-story', 'Harbour reopens after storm', '<p>Ships return.</p>', 'Ships return.', 1, 'published', 1700000000000);
      insert into article_authors (article_id, author_id, position) values (1, 1, 0);
      insert into article_tags (article_id, tag_id) values (1, 1);
      insert into article_notes (article_id, kind, body) values (1, 'correction', 'An earlier version misnamed the port.');
      insert into article_revisions (article_id, version, snapshot) values (1, 1, '{}');
    `);
    sqlite.close();

    await runMigrations(`file:${file}`);
    await runMigrations(`file:${file}`); // idempotent

    const after = { sqlite: new Database(file) };
    try {
      expect(after.sqlite.prepare('select slug, headline from articles').all()).toEqual([{ slug: 'old-story', headline: 'Harbour reopens after storm' }]);
      // The rebuild of articles (0010) cascades to nothing that references a story.
      for (const table of ['article_authors', 'article_tags', 'article_notes', 'article_revisions']) {
        expect(after.sqlite.prepare(`select count(*) as n from ${table}`).get(), table).toEqual({ n: 1 });
      }
      const applied = after.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
      expect(applied.n).toBe(journal.entries.length);
      // Content written before the search index existed is searchable after the upgrade.
      const hit = after.sqlite.prepare(`select rowid, authors, tags from articles_fts where articles_fts match 'harbour'`).all();
      expect(hit).toEqual([{ rowid: 1, authors: 'Ana Perez', tags: 'Trade' }]);
      expect(after.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      // A story without a section stays a draft: the database refuses to make it visible.
      after.sqlite.exec(`insert into articles (slug, headline, status) values ('no-section', 'Untitled', 'draft')`);
      expect(() => after.sqlite.exec(`update articles set status = 'published', published_at = 1 where slug = 'no-section'`)).toThrow(/CHECK/);
      // The story triggers came back with the rebuilt table: a headline edit reaches the search index.
      after.sqlite.exec(`update articles set headline = 'Lighthouse relit' where slug = 'old-story'`);
      expect(after.sqlite.prepare(`select rowid from articles_fts where articles_fts match 'lighthouse'`).all()).toEqual([{ rowid: 1 }]);
    } finally {
      after.sqlite.close();
    }
  });

  it('never drop a column, and drop a table only after copying its rows (SQLite table rebuilds)', async () => {
    for (const e of journal.entries) {
      const text = fs.readFileSync(path.join(migrationsDir, `${e.tag}.sql`), 'utf8');
      expect(text, e.tag).not.toMatch(/\bdrop\s+column\b/i);
      for (const [, table] of text.matchAll(/\bdrop\s+table\s+[`"]?(\w+)/gi)) {
        expect(text, `${e.tag} drops ${table}`).toMatch(new RegExp(`insert\\s+into[\\s\\S]+?select[\\s\\S]+?from\\s+[\`"]?${table}\\b`, 'i'));
      }
    }
  });
});
