import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db, first, rows } from '@/db/client';
import { articles, authors } from '@/db/schema';
import { makeArticle, makeAuthor, makeSection, makeTag, resetContent } from '@/test/factories';
import { listAuthorsForSearchFilter, MAX_COUNTED, RANK_WINDOW, SEARCH_PAGE_SIZE, searchPublishedArticles } from './search';

const HOUR = 3_600_000;
const slugs = (q: string, filters = {}, page = 1) => searchPublishedArticles(q, filters, page).hits.map((h) => h.slug);

describe('searchPublishedArticles', () => {
  beforeEach(() => resetContent());

  it('finds visible stories only, by headline, body, author and tag', () => {
    const section = makeSection();
    const author = makeAuthor({ name: 'Inés Álvarez' });
    const tag = makeTag({ name: 'Geothermal' });
    const now = Date.now();
    makeArticle({ sectionId: section.id, slug: 'live', headline: 'Pipeline deal signed', authorIds: [author.id], tagIds: [tag.id] });
    makeArticle({ sectionId: section.id, slug: 'draft', headline: 'Pipeline draft', status: 'draft' });
    makeArticle({ sectionId: section.id, slug: 'review', headline: 'Pipeline review', status: 'in_review' });
    makeArticle({ sectionId: section.id, slug: 'future', headline: 'Pipeline future', status: 'scheduled', publishedAt: now + HOUR });
    makeArticle({ sectionId: section.id, slug: 'gone', headline: 'Pipeline gone', status: 'unpublished', publishedAt: now - HOUR });
    makeArticle({ sectionId: section.id, slug: 'due', headline: 'Pipeline due', status: 'scheduled', publishedAt: now - 1000 });

    expect(slugs('pipeline').sort()).toEqual(['due', 'live']);
    expect(slugs('alvarez')).toEqual(['live']);
    expect(slugs('geothermal')).toEqual(['live']);
    expect(slugs('body')).toContain('live');
  });

  it('ranks headline matches above body matches', () => {
    const section = makeSection();
    makeArticle({ sectionId: section.id, slug: 'in-body', headline: 'Markets wobble', body: '<p>Analysts mention copper once.</p>' });
    makeArticle({ sectionId: section.id, slug: 'in-headline', headline: 'Copper rallies', body: '<p>Prices climbed.</p>', publishedAt: Date.now() - 5 * HOUR });
    expect(slugs('copper')).toEqual(['in-headline', 'in-body']);
  });

  it('matches the last word as a prefix, earlier words exactly', () => {
    const section = makeSection();
    makeArticle({ sectionId: section.id, slug: 'a', headline: 'Refinery outage hits exports' });
    expect(slugs('refin')).toEqual(['a']);
    expect(slugs('refinery outa')).toEqual(['a']);
    expect(slugs('refin outage')).toEqual([]);
    // A finished word (trailing space) is not a prefix.
    expect(slugs('refin ')).toEqual([]);
  });

  it('highlights hits with escaped HTML and never passes stored markup through', () => {
    const section = makeSection();
    makeArticle({
      sectionId: section.id,
      slug: 'xss',
      headline: 'Tanker <script>alert(1)</script> seized',
      body: '<p>The tanker &lt;img src=x onerror=alert(1)&gt; was seized near the strait.</p>',
    });
    const [hit] = searchPublishedArticles('tanker').hits;
    expect(hit?.headlineHtml).toBe('<mark>Tanker</mark> &lt;script&gt;alert(1)&lt;/script&gt; seized');
    expect(hit?.excerptHtml).toContain('<mark>tanker</mark>');
    expect(hit?.excerptHtml).not.toMatch(/<(?!\/?mark>)/);
  });

  it('falls back to the dek when only the dek matches', () => {
    const section = makeSection();
    makeArticle({ sectionId: section.id, slug: 'd', headline: 'Plain', body: '<p>Nothing here.</p>' });
    rows(sql`update ${articles} set dek = 'Lithium boom in the Andes' where slug = 'd'`);
    expect(searchPublishedArticles('lithium').hits[0]?.excerptHtml).toBe('<mark>Lithium</mark> boom in the Andes');
  });

  it('filters by section and author', () => {
    const a = makeSection({ slug: 'energy' });
    const b = makeSection({ slug: 'world' });
    const ana = makeAuthor({ slug: 'ana' });
    const bo = makeAuthor({ slug: 'bo' });
    makeArticle({ sectionId: a.id, slug: 'e1', headline: 'Gas prices', authorIds: [ana.id] });
    makeArticle({ sectionId: b.id, slug: 'w1', headline: 'Gas summit', authorIds: [bo.id, ana.id] });
    expect(slugs('gas', { section: 'energy' })).toEqual(['e1']);
    expect(slugs('gas', { author: 'bo' })).toEqual(['w1']);
    expect(slugs('gas', { author: 'ana' }).sort()).toEqual(['e1', 'w1']);
    expect(slugs('gas', { section: 'energy', author: 'bo' })).toEqual([]);
    expect(slugs('gas', { section: 'nope' })).toEqual([]);
  });

  it('paginates with a total', () => {
    const section = makeSection();
    for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++) makeArticle({ sectionId: section.id, headline: `Harbour report ${i}` });
    const first = searchPublishedArticles('harbour');
    expect(first.total).toBe(SEARCH_PAGE_SIZE + 3);
    expect(first.pageCount).toBe(2);
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(searchPublishedArticles('harbour', {}, 2).hits).toHaveLength(3);
    expect(searchPublishedArticles('harbour', {}, 9).hits).toEqual([]);
  });

  it('stops counting past MAX_COUNTED and caps paging there', () => {
    const section = makeSection();
    for (let i = 0; i < MAX_COUNTED + 5; i++) makeArticle({ sectionId: section.id, headline: `Quay ${i}` });
    const result = searchPublishedArticles('quay');
    expect(result.total).toBe(MAX_COUNTED + 1);
    expect(result.pageCount).toBe(MAX_COUNTED / SEARCH_PAGE_SIZE);
    expect(searchPublishedArticles('quay', {}, result.pageCount + 1).hits).toEqual([]);
  });

  it('ranks the newest RANK_WINDOW matches, lists older ones newest first, and skips completions of a word matching more than MAX_COUNTED', () => {
    const section = makeSection();
    const story = (slug: string, headline: string) => makeArticle({ sectionId: section.id, slug, headline, body: '<p>Ships waited at the quay.</p>' });
    for (let i = 0; i < 200; i++) story(`old-${i}`, `Report ${i}`);
    story('old-headline', 'Quay fire');
    for (let i = 0; i < MAX_COUNTED - 100; i++) story(`report-${i}`, `Report ${i}`);
    story('recent-headline', 'Quay strike');
    for (let i = 0; i < 20; i++) story(`newest-${i}`, `Update ${i}`);
    makeArticle({ sectionId: section.id, slug: 'quayside', headline: 'Quayside market reopens' });

    // "quay" matches over MAX_COUNTED stories as typed: "Quayside" is not searched (it would rank first).
    const first = slugs('quay');
    expect(first[0]).toBe('recent-headline');
    expect(first).not.toContain('quayside');
    // A word matched by few stories as typed still finds its completions.
    expect(slugs('quaysi')).toEqual(['quayside']);
    // The older headline match is outside the ranked window: it comes in date order, after it.
    const pageOf = (slug: string) => {
      for (let page = 1; page <= MAX_COUNTED / SEARCH_PAGE_SIZE; page++) if (slugs('quay', {}, page).includes(slug)) return page;
      return null;
    };
    expect(pageOf('old-headline')).toBeGreaterThan(RANK_WINDOW / SEARCH_PAGE_SIZE);
    const afterWindow = slugs('quay', {}, RANK_WINDOW / SEARCH_PAGE_SIZE + 1);
    expect(afterWindow).toHaveLength(SEARCH_PAGE_SIZE);
    const ids = afterWindow.map((slug) => Number(/(\d+)$/.exec(slug)?.[1]));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('never throws on hostile or odd input', () => {
    const section = makeSection();
    makeArticle({ sectionId: section.id, slug: 'near', headline: 'Talks near collapse as strike looms' });
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
    for (const q of hostile) expect(() => searchPublishedArticles(q), JSON.stringify(q.slice(0, 20))).not.toThrow();
    expect(slugs('NEAR(talks strike)')).toEqual(['near']);
    expect(slugs('"unbalanced talks')).toEqual([]);
    expect(slugs('strike 🛢️')).toEqual(['near']);
    expect(slugs('-strike')).toEqual(['near']);
    expect(searchPublishedArticles('🛢️').total).toBe(0);
    expect(searchPublishedArticles('').total).toBe(0);
  });

  it('stays in step when a story is edited, unpublished or an author renamed', () => {
    const section = makeSection();
    const author = makeAuthor({ name: 'Old Name' });
    makeArticle({ sectionId: section.id, slug: 'x', headline: 'Drought', authorIds: [author.id] });
    rows(sql`update ${articles} set headline = 'Floods' where slug = 'x'`);
    expect(slugs('drought')).toEqual([]);
    expect(slugs('floods')).toEqual(['x']);
    rows(sql`update ${authors} set name = 'Fresh Name' where id = ${author.id}`);
    expect(slugs('fresh')).toEqual(['x']);
    rows(sql`update ${articles} set status = 'unpublished' where slug = 'x'`);
    expect(slugs('floods')).toEqual([]);
  });

  it('lists authors for the filter by name', () => {
    makeAuthor({ name: 'Zed' });
    makeAuthor({ name: 'Amy' });
    const names = listAuthorsForSearchFilter().map((a) => a.name);
    expect(names.indexOf('Amy')).toBeLessThan(names.indexOf('Zed'));
  });
});
