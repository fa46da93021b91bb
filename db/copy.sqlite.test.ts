import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { connection } from '@/db/client';
import { makeArticle, makeAuthor, makeSection, makeTag, makeUser } from '@/test/factories';
import { connect, first, type Connection } from './connect';
import { copyDatabase, CopyRefused, tablesInCopyOrder } from './copy';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-copy-'));
const opened: Connection[] = [];
const open = (url: string) => {
  const c = connect(url);
  opened.push(c);
  return c;
};
afterAll(async () => {
  for (const c of opened) await c.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const articleRows = (c: Connection) =>
  c.rows<Record<string, unknown>>(sql`select id, slug, headline, body, status, section_id, published_at, updated_at, version from articles order by id`);

describe('db:copy', () => {
  it('orders every table after the tables it references, and leaves the request counters behind', () => {
    const names = tablesInCopyOrder().map((t) => t.name);
    expect(names.indexOf('articles')).toBeGreaterThan(names.indexOf('sections'));
    expect(names.indexOf('article_authors')).toBeGreaterThan(names.indexOf('articles'));
    expect(names.indexOf('article_authors')).toBeGreaterThan(names.indexOf('authors'));
    expect(names).not.toContain('rate_limit_hits');
    expect(names).not.toContain('content_state');
    expect(names).toContain('revoked_sessions');
  });

  it('moves a site from SQLite to PostgreSQL and back without changing a row', { timeout: 180_000 }, async () => {
    const section = await makeSection();
    const [author, tag] = [await makeAuthor(), await makeTag()];
    await makeUser('editor');
    await makeArticle({ sectionId: section.id, authorIds: [author.id], tagIds: [tag.id], headline: 'Copied across engines', body: '<p>Señales del mercado</p>' });
    await makeArticle({ sectionId: section.id, status: 'draft' });
    const source = connection();

    const pg = open('pglite:');
    const report = await copyDatabase(source, pg);
    expect(report.find((r) => r.table === 'articles')?.rows).toBe(2);
    expect(await articleRows(pg)).toEqual(await articleRows(source));
    // The search index is the target's own, built by its triggers: the published story is found.
    const found = first(await pg.rows<{ n: number }>(sql`select count(*) as n from article_search where document @@ websearch_to_tsquery('news_search', 'senales')`));
    expect(Number(found?.n)).toBe(1);
    // Ids continue after the copied ones.
    const next = first(await pg.rows<{ id: number }>(sql`insert into sections (slug, name) values ('after-copy', 'After copy') returning id`));
    expect(next!.id).toBeGreaterThan(section.id);

    const back = open(`file:${path.join(dir, 'back.db')}`);
    await pg.execute(sql`delete from sections where slug = 'after-copy'`);
    await copyDatabase(pg, back);
    expect(await articleRows(back)).toEqual(await articleRows(source));
  });

  it('refuses a target that already holds content, and leaves it as it was', async () => {
    const target = open(`file:${path.join(dir, 'full.db')}`);
    await copyDatabase(connection(), target);
    const before = await articleRows(target);
    await expect(copyDatabase(connection(), target)).rejects.toThrow(CopyRefused);
    expect(await articleRows(target)).toEqual(before);
  });
});
