import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@/db/queries/search';
import { searchHref, searchPageHtml, searchTitle, type SearchPageInput } from './page-html';

const sections = [
  { slug: 'world', name: 'World' },
  { slug: 'business', name: 'Business & Markets' },
];
const authors = [{ slug: 'ricardo-mendoza', name: 'Ricardo <b>Mendoza</b>' }];
const hit = (id: number): SearchResult['hits'][number] => ({
  id,
  slug: `story-${id}`,
  headline: `Story ${id}`,
  headlineHtml: `<mark>Story</mark> ${id}`,
  excerptHtml: 'An excerpt with a <mark>hit</mark>',
  publishedAt: Date.UTC(2026, 10, 27, 12),
  section: { slug: 'world', name: 'World' },
  authors: [{ slug: 'ricardo-mendoza', name: 'Ricardo Mendoza' }],
});
const input = (over: Partial<SearchPageInput> = {}): SearchPageInput => ({
  params: { q: '', page: 1 },
  sections,
  authors,
  result: null,
  maxCounted: 1000,
  timeZone: 'America/Lima',
  locale: 'en-GB',
  ...over,
});

describe('searchPageHtml', () => {
  it('shows the empty form with a prompt when nothing was asked', () => {
    const html = searchPageHtml(input());
    expect(html).toContain('<h1 class="font-serif text-4xl font-bold tracking-tight">Search</h1>');
    expect(html).toContain('name="q" type="search" value=""');
    expect(html).toContain('Type a word or two');
    expect(html).not.toContain('selected');
  });

  it('escapes the query everywhere it is echoed and keeps the chosen filters selected', () => {
    const q = '"><script>alert(1)</script> & co';
    const html = searchPageHtml(
      input({ params: { q, section: 'business', author: 'ricardo-mendoza', page: 1 }, result: { hits: [], total: 0, page: 1, pageCount: 1 } }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"');
    expect(html).toContain('<option value="business" selected="">Business &amp; Markets</option>');
    expect(html).toContain('<option value="ricardo-mendoza" selected="">Ricardo &lt;b&gt;Mendoza&lt;/b&gt;</option>');
    expect(html).toContain('No stories found');
    expect(html).toContain('Nothing matches “&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co” with these filters.');
  });

  it('lists hits with their highlight, byline, date in the site zone and links to other pages', () => {
    const result: SearchResult = { hits: [hit(1), hit(2)], total: 25, page: 2, pageCount: 3 };
    const html = searchPageHtml(input({ params: { q: 'story', section: 'world', page: 2 }, result }));
    expect(html).toContain('25 stories found');
    expect(html).toContain('<a href="/world/story-1" class="text-neutral-900 hover:underline dark:text-neutral-50"><mark>Story</mark> 1</a>');
    expect(html).toContain('<span>Ricardo Mendoza · </span><time datetime="2026-11-27T12:00:00.000Z">27 Nov 2026</time>');
    expect(html).toContain('href="/search?q=story&amp;section=world" rel="prev"');
    expect(html).toContain('href="/search?q=story&amp;section=world&amp;page=3" rel="next"');
    expect(html).toContain('Page 2 of 3');
  });

  it('says "more than" past the counted maximum and offers the first page past the last one', () => {
    expect(searchPageHtml(input({ params: { q: 'oil', page: 1 }, result: { hits: [hit(1)], total: 1001, page: 1, pageCount: 100 } }))).toContain(
      'More than 1,000 stories found',
    );
    const past = searchPageHtml(input({ params: { q: 'oil', page: 7 }, result: { hits: [], total: 12, page: 7, pageCount: 2 } }));
    expect(past).toContain('There are only 2 pages of results.');
    expect(past).toContain('href="/search?q=oil"');
  });
});

describe('searchTitle and searchHref', () => {
  it('titles a query and links pages with their filters', () => {
    expect(searchTitle('  ')).toBe('Search');
    expect(searchTitle(` ${'x'.repeat(100)}`)).toBe(`Search: ${'x'.repeat(80)}`);
    expect(searchHref({ q: 'a b', author: 'x', page: 1 }, 2)).toBe('/search?q=a+b&author=x&page=2');
  });
});
