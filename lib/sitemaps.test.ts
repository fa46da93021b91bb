import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildNewsSitemap,
  buildSitemapIndex,
  buildUrlSet,
  NEWS_URL_LIMIT,
  parseArticleSitemapName,
  planSitemaps,
  SITEMAP_URL_LIMIT,
  w3cDate,
} from './sitemaps';

const SITE = 'https://news.example';
const HOUR = 3_600_000;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name) });

describe('buildUrlSet', () => {
  it('escapes locations and writes W3C dates', () => {
    const xml = buildUrlSet(SITE, [{ loc: '/search?q=a&b=<c>' }, { loc: '/energy/x', lastmod: Date.UTC(2024, 0, 2, 3, 4, 5) }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(`<loc>${SITE}/search?q=a&amp;b=&lt;c&gt;</loc>`);
    const urls = parser.parse(xml).urlset.url;
    expect(urls[1]).toEqual({ loc: `${SITE}/energy/x`, lastmod: '2024-01-02T03:04:05.000Z' });
    expect(parser.parse(xml).urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('refuses more than 50,000 URLs', () => {
    const many = Array.from({ length: SITEMAP_URL_LIMIT }, (_, i) => ({ loc: `/s/${i}` }));
    expect(() => buildUrlSet(SITE, many)).not.toThrow();
    expect(() => buildUrlSet(SITE, [...many, { loc: '/one-more' }])).toThrow(RangeError);
  });
});

describe('planSitemaps', () => {
  it('switches to an index past 50,000 URLs and splits stories in chunks of 50,000', () => {
    expect(planSitemaps(100, 49_900)).toEqual({ kind: 'single', articleChunks: 0 });
    expect(planSitemaps(100, 49_901)).toEqual({ kind: 'index', articleChunks: 1 });
    expect(planSitemaps(10, 100_000)).toEqual({ kind: 'index', articleChunks: 2 });
    expect(planSitemaps(10, 100_001)).toEqual({ kind: 'index', articleChunks: 3 });
    expect(planSitemaps(1, 5, 3)).toEqual({ kind: 'index', articleChunks: 2 });
  });

  it('parses child sitemap names strictly', () => {
    expect(parseArticleSitemapName('articles-2.xml')).toBe(2);
    for (const bad of ['articles-0.xml', 'articles-02.xml', 'articles-x.xml', 'articles-2.xml.gz', '../articles-1.xml']) {
      expect(parseArticleSitemapName(bad)).toBeNull();
    }
  });
});

describe('buildSitemapIndex', () => {
  it('lists child sitemaps', () => {
    const xml = buildSitemapIndex(SITE, [{ loc: '/sitemaps/pages.xml' }, { loc: '/sitemaps/articles-1.xml', lastmod: 0 }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([
      `${SITE}/sitemaps/pages.xml`,
      `${SITE}/sitemaps/articles-1.xml`,
    ]);
  });
});

describe('buildNewsSitemap', () => {
  const now = Date.UTC(2024, 5, 10, 12);
  const pub = { name: 'Wire & Co', language: 'en' };

  it('names a story’s own language where it has one (issue 12)', () => {
    const xml = buildNewsSitemap(SITE, pub, [{ loc: '/a/es', title: 'En español', publishedAt: now - HOUR, language: 'es' }, { loc: '/a/en', title: 'In English', publishedAt: now - 2 * HOUR }], now);
    expect(xml).toContain('<news:language>es</news:language>');
    expect(xml).toContain('<news:language>en</news:language>');
  });

  it('keeps the last 48 hours only, never the future, newest first', () => {
    const xml = buildNewsSitemap(
      SITE,
      pub,
      [
        { loc: '/a/old', title: 'Old', publishedAt: now - 49 * HOUR },
        { loc: '/a/edge', title: 'Edge', publishedAt: now - 48 * HOUR },
        { loc: '/a/recent', title: 'Recent', publishedAt: now - 47 * HOUR },
        { loc: '/a/new', title: 'New <b> & "q"', publishedAt: now - HOUR },
        { loc: '/a/future', title: 'Future', publishedAt: now + HOUR },
      ],
      now,
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = parser.parse(xml).urlset.url;
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([`${SITE}/a/new`, `${SITE}/a/recent`]);
    expect(urls[0]['news:news']).toEqual({
      'news:publication': { 'news:name': 'Wire & Co', 'news:language': 'en' },
      'news:publication_date': w3cDate(now - HOUR),
      'news:title': 'New <b> & "q"',
    });
  });

  it('caps at 1,000 stories', () => {
    const entries = Array.from({ length: 1_200 }, (_, i) => ({ loc: `/a/${i}`, title: `T${i}`, publishedAt: now - i * 1000 }));
    const urls = parser.parse(buildNewsSitemap(SITE, pub, entries, now)).urlset.url;
    expect(urls).toHaveLength(NEWS_URL_LIMIT);
    expect(urls[0].loc).toBe(`${SITE}/a/0`);
  });
});
