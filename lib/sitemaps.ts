import { absoluteUrl, element, escapeXml } from '@/lib/feeds/xml';

/** sitemaps.org limits: at most 50,000 URLs per sitemap (and per index). */
export const SITEMAP_URL_LIMIT = 50_000;
/** Google News: only stories of the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 3_600_000;
export const NEWS_URL_LIMIT = 1_000;

export type SitemapEntry = { loc: string; lastmod?: number | null };
/** `language`: the story's own Google News language code when it is not the publication's. */
export type NewsEntry = { loc: string; title: string; publishedAt: number; language?: string | null };
export type Publication = { name: string; language: string };

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** W3C datetime (ISO 8601, UTC) as sitemaps expect. */
export function w3cDate(ms: number): string {
  return new Date(ms).toISOString();
}

function locXml(siteUrl: string, entry: SitemapEntry): string {
  return element('loc', absoluteUrl(siteUrl, entry.loc)) + (entry.lastmod ? element('lastmod', w3cDate(entry.lastmod)) : '');
}

/** A <urlset>. Throws when given more URLs than one sitemap may hold: split with an index. */
export function buildUrlSet(siteUrl: string, entries: SitemapEntry[]): string {
  if (entries.length > SITEMAP_URL_LIMIT) throw new RangeError(`A sitemap holds at most ${SITEMAP_URL_LIMIT} URLs, got ${entries.length}`);
  const urls = entries.map((e) => `<url>${locXml(siteUrl, e)}</url>`).join('');
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>\n`;
}

/** A <sitemapindex> pointing at child sitemaps. */
export function buildSitemapIndex(siteUrl: string, sitemaps: SitemapEntry[]): string {
  if (sitemaps.length > SITEMAP_URL_LIMIT) throw new RangeError(`A sitemap index holds at most ${SITEMAP_URL_LIMIT} sitemaps`);
  const items = sitemaps.map((e) => `<sitemap>${locXml(siteUrl, e)}</sitemap>`).join('');
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${items}</sitemapindex>\n`;
}

/**
 * A Google News sitemap: stories published in the 48 hours before `now` (none from the future),
 * newest first, at most 1,000, each with publication name and language, date and title.
 */
export function buildNewsSitemap(siteUrl: string, publication: Publication, entries: NewsEntry[], now: number): string {
  const recent = entries
    .filter((e) => e.publishedAt <= now && e.publishedAt > now - NEWS_WINDOW_MS)
    .sort((a, b) => b.publishedAt - a.publishedAt)
    .slice(0, NEWS_URL_LIMIT);
  const pub = (language: string) => `<news:publication>${element('news:name', publication.name)}${element('news:language', language)}</news:publication>`;
  const urls = recent
    .map(
      (e) =>
        `<url>${element('loc', absoluteUrl(siteUrl, e.loc))}<news:news>${pub(e.language ?? publication.language)}${element('news:publication_date', w3cDate(e.publishedAt))}<news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
    )
    .join('');
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${urls}</urlset>\n`;
}

/**
 * Whether the site's URLs fit in one /sitemap.xml or need an index of child sitemaps: one for the
 * fixed pages and `articleChunks` for stories, each within the 50,000-URL limit.
 */
export function planSitemaps(pageUrls: number, articleUrls: number, limit = SITEMAP_URL_LIMIT) {
  if (pageUrls + articleUrls <= limit) return { kind: 'single' as const, articleChunks: 0 };
  return { kind: 'index' as const, articleChunks: Math.max(1, Math.ceil(articleUrls / limit)) };
}

/** `articles-3.xml` → 3; anything else → null. */
export function parseArticleSitemapName(name: string): number | null {
  const match = /^articles-([1-9][0-9]{0,4})\.xml$/.exec(name);
  return match ? Number(match[1]) : null;
}

export function articleSitemapPath(n: number): string {
  return `/sitemaps/articles-${n}.xml`;
}
