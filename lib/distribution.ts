import 'server-only';
import {
  countVisibleArticles,
  listNewsSitemapStoriesPublished,
  listSitemapPagesPublished,
  listSitemapStoriesPublished,
} from '@/db/queries/distribution';
import { NEWS_URL_LIMIT, NEWS_WINDOW_MS, planSitemaps, SITEMAP_URL_LIMIT } from '@/lib/sitemaps';

// Sitemaps are read from the database and written on every request, with the site's
// settings of that request (its URL in every link); the server's response cache keeps the
// finished XML until the content token changes, like any reader page.
export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=1' };

/** Fixed pages plus section, author and tag pages that have visible stories. */
async function pageEntries() {
  const pages = await listSitemapPagesPublished();
  return [{ loc: '/', lastmod: null as number | null }, ...pages.map((p) => ({ loc: p.path, lastmod: p.lastmod }))];
}

export async function getSitemapPlan() {
  const [pages, articleCount] = await Promise.all([pageEntries(), countVisibleArticles()]);
  return { ...planSitemaps(pages.length, articleCount), latest: Math.max(0, ...pages.map((p) => p.lastmod ?? 0)) };
}

export async function getSitemapPages() {
  return (await pageEntries()).slice(0, SITEMAP_URL_LIMIT);
}

/** Story URLs of article sitemap `n` (1-based). */
export async function getSitemapStories(n: number) {
  const stories = await listSitemapStoriesPublished(SITEMAP_URL_LIMIT, (n - 1) * SITEMAP_URL_LIMIT);
  return stories.map((s) => ({ loc: s.path, lastmod: s.lastmod }));
}

export async function getNewsSitemapStories() {
  return await listNewsSitemapStoriesPublished(Date.now() - NEWS_WINDOW_MS, NEWS_URL_LIMIT);
}
