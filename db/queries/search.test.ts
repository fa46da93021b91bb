import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { execute, transaction } from '@/db/client';
import { isSqlite } from '@/db/dialect';
import * as pgSearch from '@/db/dialect/pg-search';
import { articles, authors } from '@/db/schema';
import { makeArticle, makeAuthor, makeSection, makeTag, resetContent } from '@/test/factories';
import { listAuthorsForSearchFilter, MAX_COUNTED, RANK_WINDOW, SEARCH_PAGE_SIZE, searchPublishedArticles } from './search';

const HOUR = 3_600_000;
const slugs = async (q: string, filters = {}, page = 1) => (await searchPublishedArticles(q, filters, page)).hits.map((h) => h.slug);

// The tests that write over MAX_COUNTED stories one by one take 5–7 s on PGlite on a quiet machine.
const SLOW_TEST_MS = 60_000;

describe('searchPublishedArticles', () => {
  beforeEach(() => resetContent());

  it('finds visible stories only, by headline, body, author and tag', async () => {
    const section = await makeSection();
    const author = await makeAuthor({ name: 'Inés Álvarez' });
    const tag = await makeTag({ name: 'Geothermal' });
    const now = Date.now();
    await makeArticle({ sectionId: section.id, slug: 'live', headline: 'Pipeline deal signed', authorIds: [author.id], tagIds: [tag.id] });
    await makeArticle({ sectionId: section.id, slug: 'draft', headline: 'Pipeline draft', status: 'draft' });
    await makeArticle({ sectionId: section.id, slug: 'review', headline: 'Pipeline review', status: 'in_review' });
    await makeArticle({ sectionId: section.id, slug: 'future', headline: 'Pipeline future', status: 'scheduled', publishedAt: now + HOUR });
    await makeArticle({ sectionId: section.id, slug: 'gone', headline: 'Pipeline gone', status: 'unpublished', publishedAt: now - HOUR });
    await makeArticle({ sectionId: section.id, slug: 'due', headline: 'Pipeline due', status: 'scheduled', publishedAt: now - 1000 });

    expect((await slugs('pipeline')).sort()).toEqual(['due', 'live']);
    expect((await slugs('alvarez'))).toEqual(['live']);
    expect((await slugs('geothermal'))).toEqual(['live']);
    expect((await slugs('body'))).toContain('live');
  });

  it('ranks headline matches above body matches', async () => {
    const section = await makeSection();
    await makeArticle({ sectionId: section.id, slug: 'in-body', headline: 'Markets wobble', body: '<p>Analysts mention copper once.</p>' });
    await makeArticle({ sectionId: section.id, slug: 'in-headline', headline: 'Copper rallies', body: '<p>Prices climbed.</p>', publishedAt: Date.now() - 5 * HOUR });
    expect((await slugs('copper'))).toEqual(['in-headline', 'in-body']);
  });

  it('matches the last word as a prefix, earlier words exactly', async () => {
    const section = await makeSection();
    await makeArticle({ sectionId: section.id, slug: 'a', headline: 'Refinery outage hits exports' });
    expect((await slugs('refin'))).toEqual(['a']);
    expect((await slugs('refinery outa'))).toEqual(['a']);
    expect((await slugs('refin outage'))).toEqual([]);
    // A finished word (trailing space) is not a prefix.
    expect((await slugs('refin '))).toEqual([]);
  });

  it('highlights hits with escaped HTML and never passes stored markup through', async () => {
    const section = await makeSection();
    await makeArticle({
      sectionId: section.id,
      slug: 'xss',
      headline: 'Tanker <script>alert(1)</script> seized',
      body: '<p>The tanker &lt;img src=x onerror=alert(1)&gt; was seized near the strait.</p>',
    });
    const [hit] = (await searchPublishedArticles('tanker')).hits;
    expect(hit?.headlineHtml).toBe('<mark>Tanker</mark> &lt;script&gt;alert(1)&lt;/script&gt; seized');
    expect(hit?.excerptHtml).toContain('<mark>tanker</mark>');
    expect(hit?.excerptHtml).not.toMatch(/<(?!\/?mark>)/);
  });

  it('falls back to the dek when only the dek matches', async () => {
    const section = await makeSection();
    await makeArticle({ sectionId: section.id, slug: 'd', headline: 'Plain', body: '<p>Nothing here.</p>' });
    await transaction((tx) => execute(sql`update ${articles} set dek = 'Lithium boom in the Andes' where slug = 'd'`, tx));
    expect((await searchPublishedArticles('lithium')).hits[0]?.excerptHtml).toBe('<mark>Lithium</mark> boom in the Andes');
  });

  it('filters by section and author', async () => {
    const a = await makeSection({ slug: 'energy' });
    const b = await makeSection({ slug: 'world' });
    const ana = await makeAuthor({ slug: 'ana' });
    const bo = await makeAuthor({ slug: 'bo' });
    await makeArticle({ sectionId: a.id, slug: 'e1', headline: 'Gas prices', authorIds: [ana.id] });
    await makeArticle({ sectionId: b.id, slug: 'w1', headline: 'Gas summit', authorIds: [bo.id, ana.id] });
    expect((await slugs('gas', { section: 'energy' }))).toEqual(['e1']);
    expect((await slugs('gas', { author: 'bo' }))).toEqual(['w1']);
    expect((await slugs('gas', { author: 'ana' })).sort()).toEqual(['e1', 'w1']);
    expect((await slugs('gas', { section: 'energy', author: 'bo' }))).toEqual([]);
    expect((await slugs('gas', { section: 'nope' }))).toEqual([]);
  });

  it('paginates with a total', async () => {
    const section = await makeSection();
    for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++) await makeArticle({ sectionId: section.id, headline: `Harbour report ${i}` });
    const first = await searchPublishedArticles('harbour');
    expect(first.total).toBe(SEARCH_PAGE_SIZE + 3);
    expect(first.pageCount).toBe(2);
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect((await searchPublishedArticles('harbour', {}, 2)).hits).toHaveLength(3);
    expect((await searchPublishedArticles('harbour', {}, 9)).hits).toEqual([]);
  });

  it('stops counting past MAX_COUNTED and caps paging there', async () => {
    const section = await makeSection();
    for (let i = 0; i < MAX_COUNTED + 5; i++) await makeArticle({ sectionId: section.id, headline: `Quay ${i}` });
    const result = await searchPublishedArticles('quay');
    expect(result.total).toBe(MAX_COUNTED + 1);
    expect(result.pageCount).toBe(MAX_COUNTED / SEARCH_PAGE_SIZE);
    expect((await searchPublishedArticles('quay', {}, result.pageCount + 1)).hits).toEqual([]);
  }, SLOW_TEST_MS);

  it('ranks the newest RANK_WINDOW matches, lists older ones newest first, and skips completions of a word matching more than MAX_COUNTED', async () => {
    const section = await makeSection();
    const story = async (slug: string, headline: string) => await makeArticle({ sectionId: section.id, slug, headline, body: '<p>Ships waited at the quay.</p>' });
    for (let i = 0; i < 200; i++) await story(`old-${i}`, `Report ${i}`);
    await story('old-headline', 'Quay fire');
    for (let i = 0; i < MAX_COUNTED - 100; i++) await story(`report-${i}`, `Report ${i}`);
    await story('recent-headline', 'Quay strike');
    for (let i = 0; i < 20; i++) await story(`newest-${i}`, `Update ${i}`);
    await makeArticle({ sectionId: section.id, slug: 'quayside', headline: 'Quayside market reopens' });

    // "quay" matches over MAX_COUNTED stories as typed: "Quayside" is not searched (it would rank first).
    const first = (await slugs('quay'));
    expect(first[0]).toBe('recent-headline');
    expect(first).not.toContain('quayside');
    // A word matched by few stories as typed still finds its completions.
    expect((await slugs('quaysi'))).toEqual(['quayside']);
    // The older headline match is outside the ranked window: it comes in date order, after it.
    const pageOf = async (slug: string) => {
      for (let page = 1; page <= MAX_COUNTED / SEARCH_PAGE_SIZE; page++) if ((await slugs('quay', {}, page)).includes(slug)) return page;
      return null;
    };
    expect(await pageOf('old-headline')).toBeGreaterThan(RANK_WINDOW / SEARCH_PAGE_SIZE);
    const afterWindow = (await slugs('quay', {}, RANK_WINDOW / SEARCH_PAGE_SIZE + 1));
    expect(afterWindow).toHaveLength(SEARCH_PAGE_SIZE);
    const ids = afterWindow.map((slug) => Number(/(\d+)$/.exec(slug)?.[1]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  }, SLOW_TEST_MS);

  it('finds matches spread over the archive, newest first, and nothing by the id ranges of the index', async () => {
    const section = await makeSection();
    // On PostgreSQL the index is asked for the newest thousand ids first, then ten times as many
    // (by ranges of 1,000, 10,000 and 100,000 ids: a page of ten, either side of each boundary).
    const ids = [3, 999, 1_000, 2_500, 9_999, 10_000, 41_000, 99_999, 100_000, 250_000];
    for (const id of ids) await makeArticle({ id, sectionId: section.id, slug: `far-${id}`, headline: 'Lighthouse keepers', body: '<p>Calm water.</p>' });
    await makeArticle({ id: 250_001, sectionId: section.id, slug: 'other', headline: 'Ferry timetable', body: '<p>Calm water.</p>' });
    const newestFirst = [...ids].reverse().map((id) => `far-${id}`);
    expect(await slugs('lighthouse')).toEqual(newestFirst);
    expect((await searchPublishedArticles('lighthouse')).total).toBe(ids.length);
    expect(await slugs('lighthouse', { section: section.slug })).toEqual(newestFirst);
    expect((await searchPublishedArticles('calm')).total).toBe(ids.length + 1);
    for (const q of ['#0', '0', '#2', '250', '#250 lighthouse', '##0', '###0', '##25 lighthouse']) expect(await slugs(q), q).toEqual([]);
  });

  it('ranks headline matches first when the matches come from questions far apart in the archive', async () => {
    const section = await makeSection();
    for (const id of [3, 100_000]) await makeArticle({ id, sectionId: section.id, slug: `far-${id}`, headline: 'Beacon lit', body: '<p>Calm water.</p>' });
    for (const id of [999, 41_000, 250_000]) await makeArticle({ id, sectionId: section.id, slug: `far-${id}`, headline: 'Harbour lights', body: '<p>Calm water, beacon lit.</p>' });
    const ranked = ['far-100000', 'far-3', 'far-250000', 'far-41000', 'far-999'];
    expect(await slugs('beacon')).toEqual(ranked);
    expect(await slugs('beacon', { section: section.slug })).toEqual(ranked);
  });

  it('answers the same once the engine has statistics of the index; on PostgreSQL they size the first question', async () => {
    const section = await makeSection();
    for (let i = 0; i < 30; i++) await makeArticle({ sectionId: section.id, slug: `keeper-${i}`, headline: `Lighthouse keeper ${i}`, body: i === 7 ? '<p>A beacon.</p>' : '<p>Calm.</p>' });
    const before = { common: await slugs('lighthouse'), rare: await slugs('beacon'), both: await slugs('lighthouse beacon', { section: section.slug }) };
    const spans = async () => Promise.all(['lighthouse', 'beacon', 'unheard'].map((w) => pgSearch.firstSpan(pgSearch.match(w, { prefix: false })!, MAX_COUNTED + 1)));
    if (!isSqlite) expect(await spans()).toEqual([pgSearch.FIRST_SPAN, pgSearch.FIRST_SPAN, pgSearch.FIRST_SPAN]);
    await transaction((tx) => execute(sql`analyze`, tx));
    pgSearch.forgetWordShares();
    expect({ common: await slugs('lighthouse'), rare: await slugs('beacon'), both: await slugs('lighthouse beacon', { section: section.slug }) }).toEqual(before);
    expect(before.rare).toEqual(['keeper-7']);
    if (!isSqlite) {
      // A word in every story needs no more ids than it wants; one in a thirtieth of them, thirty times as many.
      const [common, rare, unheard] = await spans();
      expect(common).toBe(pgSearch.FIRST_SPAN);
      expect(rare).toBeGreaterThan(25 * 1.5 * (MAX_COUNTED + 1));
      expect(unheard).toBeGreaterThan(rare!);
    }
  });

  it('never throws on hostile or odd input', async () => {
    const section = await makeSection();
    await makeArticle({ sectionId: section.id, slug: 'near', headline: 'Talks near collapse as strike looms' });
    const hostile = [
      '',
      '   ',
      '"',
      '"unbalanced',
      'near"',
      '***',
      'strike*',
      'NEAR(talks strike)',
      'talks NEAR strike',
      '-strike',
      'talks -collapse',
      'AND OR NOT',
      'title:talks',
      '^talks',
      '(talks',
      "talks'; drop table articles; --",
      '🛢️🔥',
      'strike 🛢️',
      '\u0000\u0001',
      '\uE000talks\uE001',
      '\uD800',
      'x'.repeat(2_000),
      'talks '.repeat(400),
      'a'.repeat(5_000),
    ];
    for (const q of hostile) expect(async () => await searchPublishedArticles(q), JSON.stringify(q.slice(0, 20))).not.toThrow();
    expect((await slugs('NEAR(talks strike)'))).toEqual(['near']);
    expect((await slugs('"unbalanced talks'))).toEqual([]);
    expect((await slugs('strike 🛢️'))).toEqual(['near']);
    expect((await slugs('-strike'))).toEqual(['near']);
    expect((await searchPublishedArticles('🛢️')).total).toBe(0);
    expect((await searchPublishedArticles('')).total).toBe(0);
  });

  it('stays in step when a story is edited, unpublished or an author renamed', async () => {
    const section = await makeSection();
    const author = await makeAuthor({ name: 'Old Name' });
    await makeArticle({ sectionId: section.id, slug: 'x', headline: 'Drought', authorIds: [author.id] });
    await transaction((tx) => execute(sql`update ${articles} set headline = 'Floods' where slug = 'x'`, tx));
    expect((await slugs('drought'))).toEqual([]);
    expect((await slugs('floods'))).toEqual(['x']);
    await transaction((tx) => execute(sql`update ${authors} set name = 'Fresh Name' where id = ${author.id}`, tx));
    expect((await slugs('fresh'))).toEqual(['x']);
    await transaction((tx) => execute(sql`update ${articles} set status = 'unpublished' where slug = 'x'`, tx));
    expect((await slugs('floods'))).toEqual([]);
  });

  it('lists authors for the filter by name (those with a visible story)', async () => {
    const section = await makeSection();
    for (const name of ['Zed', 'Amy']) await makeArticle({ sectionId: section.id, authorIds: [(await makeAuthor({ name })).id] });
    const names = (await listAuthorsForSearchFilter()).map((a) => a.name);
    expect(names.indexOf('Amy')).toBeLessThan(names.indexOf('Zed'));
  });
});
