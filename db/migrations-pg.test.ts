import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Connection } from './connect';
import { MIGRATIONS_FOLDER, migrateConnection } from './migrate';

// The PostgreSQL triggers of db/migrations-pg/0001_search_and_triggers.sql, on PGlite: the search
// document, the listing keys and the content token follow every write as SQLite's triggers do.

let c: Connection;
beforeAll(async () => {
  c = connect('pglite:');
  await migrateConnection(c);
  await migrateConnection(c); // a second run applies nothing and fails nothing
  await run(sql`insert into sections (slug, name) values ('world', 'World')`);
  await run(sql`insert into authors (slug, name) values ('ana-perez', 'Ana Perez'), ('li-wei', 'Li Wei')`);
  await run(sql`insert into tags (slug, name) values ('trade', 'Trade'), ('ports', 'Ports')`);
}, 60_000); // PGlite starts and migrates in seconds, more on a loaded machine
afterAll(async () => {
  await c?.close();
});

const run = (query: SQL) => c.execute(query);
const one = async <T>(query: SQL) => (await c.rows<T>(query))[0];
const token = async () => (await one<{ token: string }>(sql`select token from content_state where id = 1`))!.token;
const document = async (id: number) => (await one<{ document: string }>(sql`select document::text as document from article_search where article_id = ${id}`))?.document;
/** The words of a story's search document with their weight (A headline, B dek, C names, D body). */
async function lexemes(id: number): Promise<Record<string, string>> {
  const list = await c.rows<{ lexeme: string; weights: string[] | null }>(
    sql`select lexeme, weights::text[] as weights from unnest((select document from article_search where article_id = ${id}))`,
  );
  return Object.fromEntries(list.flatMap((l) => (l.weights ? [[l.lexeme, l.weights.join('')]] : [])));
}
/** The lexemes without a position: the story's id ranges (migrations 0008 and 0009), and nothing else. */
async function idRanges(id: number): Promise<string[]> {
  const list = await c.rows<{ lexeme: string }>(sql`select lexeme from unnest((select document from article_search where article_id = ${id})) where positions is null`);
  return list.map((l) => l.lexeme).sort();
}
/** The ranges of 1,000 ids a tsquery of range lexemes names, each once ('##7' is 70 to 79). */
function rangesNamed(query: string): number[] {
  return [...query.matchAll(/'(#+)(\d+)'/g)].flatMap(([, marks, n]) => {
    const size = 10 ** (marks!.length - 1);
    return Array.from({ length: size }, (_, i) => Number(n) * size + i);
  });
}
async function story(slug: string, status: string, publishedAt: number | null, text = { headline: 'Harbour reopens', dek: 'After the storm', body: 'Ships return.' }) {
  const row = await one<{ id: number }>(
    sql`insert into articles (slug, headline, dek, body_text, section_id, status, published_at)
        values (${slug}, ${text.headline}, ${text.dek}, ${text.body}, 1, ${status}, ${publishedAt}) returning id`,
  );
  return row!.id;
}
const links = (id: number) =>
  c.rows<{ kind: string; published_at: number | null; listed: boolean }>(
    sql`select 'author' as kind, published_at, listed from article_authors where article_id = ${id}
        union all select 'tag', published_at, listed from article_tags where article_id = ${id} order by kind`,
  );
/** Whether `write` gave the content token a new value. */
async function renews(write: () => Promise<unknown>): Promise<boolean> {
  const before = await token();
  await write();
  return (await token()) !== before;
}

describe('PostgreSQL search document', () => {
  it('holds headline, dek, bylines, tags and body with their weights, from the first write on', async () => {
    const id = await story('harbour', 'published', 1_700_000_000_000);
    await run(sql`insert into article_authors (article_id, author_id, position) values (${id}, 1, 0)`);
    await run(sql`insert into article_tags (article_id, tag_id) values (${id}, 1)`);
    expect(await lexemes(id)).toEqual({ harbour: 'A', reopens: 'A', after: 'B', the: 'B', storm: 'B', ana: 'C', perez: 'C', trade: 'C', ships: 'D', return: 'D' });
    expect(await idRanges(id)).toEqual([`###${Math.floor(id / 100_000)}`, `##${Math.floor(id / 10_000)}`, `#${Math.floor(id / 1000)}`]);
    const far = await one<{ id: number }>(sql`insert into articles (id, slug, headline, section_id, status) values (1234567, 'far', 'Far', 1, 'draft') returning id`);
    expect(await idRanges(far!.id)).toEqual(['###12', '##123', '#1234']);
  });

  it('names a span of id ranges by the fewest lexemes, each range once', async () => {
    const spans: [number, number][] = [[0, 0], [5, 5], [95, 100], [70, 100], [0, 250], [3, 1234], [99, 100], [100, 199], [9, 10], [0, 99]];
    for (const [lowest, highest] of spans) {
      const query = (await one<{ q: string }>(sql`select article_search_ranges(${lowest}, ${highest})::text as q`))!.q;
      const named = rangesNamed(query);
      expect(named.sort((a, b) => a - b), `${lowest}-${highest}`).toEqual(Array.from({ length: highest - lowest + 1 }, (_, i) => lowest + i));
      // A range of 10 or 100 inside the span is one lexeme.
      expect(query.split('|').length, `${lowest}-${highest}`).toBeLessThanOrEqual(9 * 2 + 9 * 2 + Math.ceil((highest - lowest + 1) / 100));
    }
    expect((await one<{ q: string }>(sql`select article_search_ranges(70, 100)::text as q`))!.q).toBe("'##7' | '##8' | '##9' | '#100'");
  });

  it('follows edits of the text, bylines and tag links, renames, and the story’s deletion', async () => {
    const id = await story('quay', 'draft', null, { headline: 'Quay', dek: '', body: '' });
    expect(await lexemes(id)).toEqual({ quay: 'A' });

    await run(sql`update articles set headline = 'Wharf', dek = 'Cranes', body_text = 'Dockers strike.' where id = ${id}`);
    expect(await lexemes(id)).toEqual({ wharf: 'A', cranes: 'B', dockers: 'D', strike: 'D' });

    await run(sql`insert into article_authors (article_id, author_id, position) values (${id}, 2, 0)`);
    await run(sql`insert into article_tags (article_id, tag_id) values (${id}, 2)`);
    expect(await lexemes(id)).toMatchObject({ li: 'C', wei: 'C', ports: 'C' });

    await run(sql`update authors set name = 'Li Wen' where id = 2`);
    await run(sql`update tags set name = 'Harbours' where id = 2`);
    const renamed = await lexemes(id);
    expect(renamed).toMatchObject({ li: 'C', wen: 'C', harbours: 'C' });
    expect(renamed).not.toHaveProperty('wei');
    expect(renamed).not.toHaveProperty('ports');

    await run(sql`delete from article_authors where article_id = ${id}`);
    await run(sql`delete from article_tags where article_id = ${id}`);
    expect(await lexemes(id)).toEqual({ wharf: 'A', cranes: 'B', dockers: 'D', strike: 'D' });

    await run(sql`delete from articles where id = ${id}`);
    expect(await document(id)).toBeUndefined();
  });

  it('carries the story’s visibility, its publish time while published or scheduled, through every write', async () => {
    const visibleAt = async (id: number) => (await one<{ at: number | null }>(sql`select visible_at as at from article_search where article_id = ${id}`))!.at;
    const id = await story('visibility', 'draft', null);
    expect(await visibleAt(id)).toBeNull();
    await run(sql`update articles set status = 'scheduled', published_at = 1800000000000 where id = ${id}`);
    expect(await visibleAt(id)).toBe(1_800_000_000_000);
    await run(sql`update articles set status = 'published', published_at = 1700000200000 where id = ${id}`);
    expect(await visibleAt(id)).toBe(1_700_000_200_000);
    await run(sql`update articles set published_at = 1700000300000, headline = 'Harbour reopens at dawn' where id = ${id}`);
    expect(await visibleAt(id)).toBe(1_700_000_300_000);
    await run(sql`insert into article_authors (article_id, author_id, position) values (${id}, 1, 0)`);
    expect(await visibleAt(id)).toBe(1_700_000_300_000);
    await run(sql`update articles set status = 'draft' where id = ${id}`);
    expect(await visibleAt(id)).toBeNull();
    await run(sql`update articles set status = 'archived', headline = 'Harbour reopened' where id = ${id}`);
    expect(await visibleAt(id)).toBeNull();
    expect(await visibleAt(await story('born-published', 'published', 1_700_000_400_000))).toBe(1_700_000_400_000);
  });

  it('gives the newest matches readers can see at a time, from the search table alone', async () => {
    const text = { headline: 'Tidewater', dek: '', body: '' };
    const live = await story('tide-live', 'published', 1_700_000_000_000, text);
    const later = await story('tide-later', 'scheduled', 1_700_000_500_000, text);
    await story('tide-draft', 'draft', null, text);
    await story('tide-unpublished', 'archived', 1_700_000_000_000, text);
    const newest = (now: number, wanted = 10) =>
      c.rows<{ id: number; at: number }>(
        sql`select article_id as id, published_at as at from article_search_visible_newest(to_tsquery('simple', 'tidewater'), null, 0, 2147483647, ${wanted}, ${now})`,
      );
    expect(await newest(1_700_000_100_000)).toEqual([{ id: live, at: 1_700_000_000_000 }]);
    expect(await newest(1_700_000_500_000)).toEqual([
      { id: later, at: 1_700_000_500_000 },
      { id: live, at: 1_700_000_000_000 },
    ]);
    expect(await newest(1_700_000_500_000, 1)).toEqual([{ id: later, at: 1_700_000_500_000 }]);
    expect(await newest(1_699_999_999_999)).toEqual([]);
  });

  it('is found by the GIN index’s operator, weights included', async () => {
    const id = await story('gin', 'published', 1_700_000_000_000, { headline: 'Lighthouse', dek: '', body: 'Keeper retires.' });
    const hits = await c.rows<{ id: number }>(sql`select article_id as id from article_search where document @@ to_tsquery('simple', 'lighthouse:A & keeper:D')`);
    expect(hits).toEqual([{ id }]);
    const wrongWeight = await c.rows(sql`select 1 from article_search where document @@ to_tsquery('simple', 'keeper:A')`);
    expect(wrongWeight).toEqual([]);
  });
});

describe('PostgreSQL listing keys', () => {
  it('copy the story’s publish time and visibility onto new bylines and tag links', async () => {
    const published = await story('listed', 'published', 1_700_000_100_000);
    const draft = await story('unlisted', 'draft', null);
    for (const id of [published, draft]) {
      await run(sql`insert into article_authors (article_id, author_id, position) values (${id}, 1, 0)`);
      await run(sql`insert into article_tags (article_id, tag_id) values (${id}, 1)`);
    }
    expect(await links(published)).toEqual([
      { kind: 'author', published_at: 1_700_000_100_000, listed: true },
      { kind: 'tag', published_at: 1_700_000_100_000, listed: true },
    ]);
    expect(await links(draft)).toEqual([
      { kind: 'author', published_at: null, listed: false },
      { kind: 'tag', published_at: null, listed: false },
    ]);
  });

  it('follow publishing, scheduling, a new publish time and unpublishing', async () => {
    const id = await story('lifecycle', 'draft', null);
    await run(sql`insert into article_authors (article_id, author_id, position) values (${id}, 1, 0)`);
    await run(sql`insert into article_tags (article_id, tag_id) values (${id}, 1)`);
    const expectLinks = async (publishedAt: number | null, listed: boolean) =>
      expect(await links(id)).toEqual([
        { kind: 'author', published_at: publishedAt, listed },
        { kind: 'tag', published_at: publishedAt, listed },
      ]);

    await run(sql`update articles set status = 'scheduled', published_at = 1800000000000 where id = ${id}`);
    await expectLinks(1_800_000_000_000, true);
    await run(sql`update articles set status = 'published', published_at = 1700000200000 where id = ${id}`);
    await expectLinks(1_700_000_200_000, true);
    await run(sql`update articles set published_at = 1700000300000 where id = ${id}`);
    await expectLinks(1_700_000_300_000, true);
    await run(sql`update articles set status = 'draft' where id = ${id}`);
    await expectLinks(1_700_000_300_000, false);
    await run(sql`update articles set status = 'archived' where id = ${id}`);
    await expectLinks(1_700_000_300_000, false);
  });
});

describe('PostgreSQL content token', () => {
  it('is one random row from the start', async () => {
    const rows = await c.rows<{ id: number; token: string }>(sql`select id, token from content_state`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token).toMatch(/^[0-9a-f]{32}$/);
  });

  it('is renewed by writes to published or scheduled stories and left by draft work', async () => {
    let draft = 0;
    expect(await renews(async () => (draft = await story('token-draft', 'draft', null)))).toBe(false);
    expect(await renews(() => run(sql`update articles set headline = 'Still a draft' where id = ${draft}`))).toBe(false);
    expect(await renews(() => run(sql`insert into article_authors (article_id, author_id) values (${draft}, 1)`))).toBe(false);
    expect(await renews(() => run(sql`insert into article_tags (article_id, tag_id) values (${draft}, 1)`))).toBe(false);
    expect(await renews(() => run(sql`insert into article_notes (article_id, kind, body) values (${draft}, 'update', 'x')`))).toBe(false);

    expect(await renews(() => run(sql`update articles set status = 'published', published_at = 1700000000000 where id = ${draft}`))).toBe(true);
    const published = draft;
    expect(await renews(() => run(sql`update articles set headline = 'Live edit' where id = ${published}`))).toBe(true);
    expect(await renews(() => run(sql`insert into article_authors (article_id, author_id) values (${published}, 2)`))).toBe(true);
    expect(await renews(() => run(sql`update article_authors set position = 1 where article_id = ${published} and author_id = 2`))).toBe(true);
    expect(await renews(() => run(sql`delete from article_authors where article_id = ${published} and author_id = 2`))).toBe(true);
    expect(await renews(() => run(sql`insert into article_tags (article_id, tag_id) values (${published}, 2)`))).toBe(true);
    expect(await renews(() => run(sql`delete from article_tags where article_id = ${published} and tag_id = 2`))).toBe(true);
    expect(await renews(() => run(sql`insert into article_notes (article_id, kind, body) values (${published}, 'correction', 'Fixed.')`))).toBe(true);
    expect(await renews(() => run(sql`update article_notes set body = 'Fixed again.' where article_id = ${published}`))).toBe(true);
    expect(await renews(() => run(sql`delete from article_notes where article_id = ${published}`))).toBe(true);

    // Unpublishing is seen by readers (the story disappears); later draft edits are not.
    expect(await renews(() => run(sql`update articles set status = 'draft' where id = ${published}`))).toBe(true);
    expect(await renews(() => run(sql`update articles set headline = 'Back to draft' where id = ${published}`))).toBe(false);
    expect(await renews(() => run(sql`delete from articles where id = ${published}`))).toBe(false);

    expect(await renews(async () => story('token-scheduled', 'scheduled', 1_900_000_000_000))).toBe(true);
    expect(await renews(() => run(sql`delete from articles where slug = 'token-scheduled'`))).toBe(true);
  });

  it('is renewed by every write to authors, sections, tags, settings and redirects, and by a media deletion', async () => {
    const writes: SQL[] = [
      sql`insert into authors (slug, name) values ('token-author', 'Token Author')`,
      sql`update authors set bio = 'Writes.' where slug = 'token-author'`,
      sql`delete from authors where slug = 'token-author'`,
      sql`insert into sections (slug, name) values ('token-section', 'Token')`,
      sql`update sections set position = 3 where slug = 'token-section'`,
      sql`delete from sections where slug = 'token-section'`,
      sql`insert into tags (slug, name) values ('token-tag', 'Token')`,
      sql`update tags set description = 'About tokens' where slug = 'token-tag'`,
      sql`delete from tags where slug = 'token-tag'`,
      sql`insert into site_settings (key, value) values ('site.name', 'Wire')`,
      sql`insert into site_settings (key, value) values ('site.name', 'Meridian Wire') on conflict (key) do update set value = excluded.value`,
      sql`delete from site_settings where key = 'site.name'`,
      sql`insert into slug_redirects (kind, old_slug, target_id) values ('article', 'old', 1)`,
      sql`update slug_redirects set target_id = 2 where old_slug = 'old'`,
      sql`delete from slug_redirects where old_slug = 'old'`,
    ];
    for (const write of writes) expect(await renews(() => run(write))).toBe(true);

    expect(await renews(() => run(sql`insert into media (path, width, height, mime, bytes) values ('a.webp', 1, 1, 'image/webp', 10)`))).toBe(false);
    expect(await renews(() => run(sql`update media set bytes = 11 where path = 'a.webp'`))).toBe(false);
    expect(await renews(() => run(sql`delete from media where path = 'a.webp'`))).toBe(true);
  });

  it('is left alone by a statement that changes no row', async () => {
    expect(await renews(() => run(sql`update authors set bio = 'x' where false`))).toBe(false);
    expect(await renews(() => run(sql`delete from tags where false`))).toBe(false);
    expect(await renews(() => run(sql`delete from media where false`))).toBe(false);
    expect(await renews(() => run(sql`update articles set headline = 'x' where false`))).toBe(false);
  });

  it('is renewed with the write, in its transaction: a rolled-back write leaves it', async () => {
    const before = await token();
    await expect(
      c.transaction(async (tx) => {
        await c.execute(sql`insert into sections (slug, name) values ('rolled-back', 'Gone')`, tx);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await token()).toBe(before);
  });
});

describe('PostgreSQL migration 0001 on an existing database', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-pg-migrate-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('indexes stories, fills listing keys and the search table’s visibility written before it', async () => {
    // The first migration only, as a database created before this one would be.
    const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER.pg, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const first = journal.entries[0]!;
    fs.mkdirSync(path.join(tmp, 'meta'));
    fs.copyFileSync(path.join(MIGRATIONS_FOLDER.pg, `${first.tag}.sql`), path.join(tmp, `${first.tag}.sql`));
    fs.writeFileSync(path.join(tmp, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: [first] }));

    const old = connect('pglite:');
    try {
      const { migrate } = await import('drizzle-orm/pglite/migrator');
      await migrate(old.db as never, { migrationsFolder: tmp });
      await old.execute(sql`insert into sections (slug, name) values ('world', 'World')`);
      await old.execute(sql`insert into authors (slug, name) values ('ana-perez', 'Ana Perez')`);
      await old.execute(sql`insert into articles (slug, headline, body_text, section_id, status, published_at) values ('old', 'Harbour reopens', 'Ships return.', 1, 'published', 1700000000000)`);
      await old.execute(sql`insert into article_authors (article_id, author_id) values (1, 1)`);
      await old.execute(sql`insert into articles (slug, headline, section_id, status) values ('old-draft', 'Draft', 1, 'draft')`);

      await migrateConnection(old);
      const hit = await old.rows<{ id: number }>(sql`select article_id as id from article_search where document @@ to_tsquery('simple', 'harbour:A & ana:C & ships:D')`);
      expect(hit).toEqual([{ id: 1 }]);
      expect(await old.rows(sql`select published_at, listed from article_authors`)).toEqual([{ published_at: 1_700_000_000_000, listed: true }]);
      expect(await old.rows(sql`select article_id, visible_at from article_search order by article_id`)).toEqual([
        { article_id: 1, visible_at: 1_700_000_000_000 },
        { article_id: 2, visible_at: null },
      ]);
      expect(await old.rows(sql`select count(*)::int as n from content_state`)).toEqual([{ n: 1 }]);
    } finally {
      await old.close();
    }
  }, 60_000);
});
