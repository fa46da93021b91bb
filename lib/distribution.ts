import 'server-only';
import { getAuthorBySlug } from '@/db/queries/authors';
import {
  countVisibleArticles,
  listFeedStoriesPublished,
  listNewsSitemapStoriesPublished,
  listSitemapPagesPublished,
  listSitemapStoriesPublished,
  type FeedStory,
} from '@/db/queries/distribution';
import { getSectionBySlug } from '@/db/queries/taxonomy';
import { buildRss, type FeedItem } from '@/lib/feeds/rss';
import { sanitizeStoryHtml } from '@/lib/sanitize';
import { getSiteSettings, type SiteSettings } from '@/lib/site-settings';
import { NEWS_URL_LIMIT, NEWS_WINDOW_MS, planSitemaps, SITEMAP_URL_LIMIT } from '@/lib/sitemaps';

// Feeds and sitemaps are read from the database and written on every request, with the site's
// settings of that request (its URL in every link); the server's response cache keeps the
// finished XML until the content token changes, like any reader page.
export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=1' };
export const RSS_HEADERS = { ...XML_HEADERS, 'Content-Type': 'application/rss+xml; charset=utf-8' };

function toFeedItem(story: FeedStory): FeedItem {
  return {
    id: story.id,
    title: story.headline,
    url: `/${story.section.slug}/${story.slug}`,
    summary: story.dek,
    contentHtml: sanitizeStoryHtml(story.body),
    publishedAt: story.publishedAt,
    updatedAt: story.updatedAt,
    authors: story.authors.map((a) => a.name),
    categories: [story.section.name, ...story.tags],
    image: story.heroImageUrl ? { url: story.heroImageUrl, alt: story.heroImageAlt } : null,
    language: story.language,
  };
}

function rss(site: SiteSettings, title: string, link: string, selfUrl: string, description: string, stories: FeedStory[]): string {
  return buildRss({ title, link, selfUrl, description, language: site.locale, siteUrl: site.url, items: stories.map(toFeedItem) });
}

export async function getSiteFeed() {
  const [site, stories] = await Promise.all([getSiteSettings(), listFeedStoriesPublished()]);
  return rss(site, `${site.name}: latest stories`, '/', '/feed.xml', site.tagline, stories);
}

export async function getSectionFeed(slug: string) {
  const section = await getSectionBySlug(slug);
  if (!section) return null;
  const [site, stories] = await Promise.all([getSiteSettings(), listFeedStoriesPublished({ sectionId: section.id })]);
  return rss(site, `${site.name}: ${section.name}`, `/${section.slug}`, `/${section.slug}/feed.xml`, section.description || section.name, stories);
}

export async function getAuthorFeed(slug: string) {
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const [site, stories] = await Promise.all([getSiteSettings(), listFeedStoriesPublished({ authorId: author.id })]);
  const path = `/authors/${author.slug}`;
  return rss(site, `${site.name}: stories by ${author.name}`, path, `${path}/feed.xml`, author.jobTitle || `Stories by ${author.name}`, stories);
}

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
