import 'server-only';
import { unstable_cache } from 'next/cache';
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
import { tagsFor } from '@/lib/cache-tags';
import { buildRss, type FeedItem } from '@/lib/feeds/rss';
import { sanitizeStoryHtml } from '@/lib/sanitize';
import { site } from '@/lib/site';
import { NEWS_URL_LIMIT, NEWS_WINDOW_MS, planSitemaps, SITEMAP_URL_LIMIT } from '@/lib/sitemaps';

// Feeds and sitemaps read through the data cache with the listings tag, like reader pages: a
// publish expires them at once, and the short revalidate bounds how late a scheduled story shows.
const WINDOW = 60;
const cached = <A extends unknown[], R>(fn: (...args: A) => R, key: string, extraTags: string[] = []) =>
  unstable_cache(async (...args: A) => fn(...args), [key], { tags: [tagsFor.listings, ...extraTags], revalidate: WINDOW });

export const XML_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60' };
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
  };
}

function rss(title: string, link: string, selfUrl: string, description: string, stories: FeedStory[]): string {
  return buildRss({ title, link, selfUrl, description, language: site.locale, siteUrl: site.url, items: stories.map(toFeedItem) });
}

export const getSiteFeed = cached(
  () => rss(`${site.name}: latest stories`, '/', '/feed.xml', site.tagline, listFeedStoriesPublished()),
  'feed-site-v1',
);

export const getSectionFeed = cached((slug: string) => {
  const section = getSectionBySlug(slug);
  if (!section) return null;
  const stories = listFeedStoriesPublished({ sectionId: section.id });
  return rss(`${site.name}: ${section.name}`, `/${section.slug}`, `/${section.slug}/feed.xml`, section.description || section.name, stories);
}, 'feed-section-v1', [tagsFor.taxonomy]);

export const getAuthorFeed = cached((slug: string) => {
  const author = getAuthorBySlug(slug);
  if (!author) return null;
  const stories = listFeedStoriesPublished({ authorId: author.id });
  const path = `/authors/${author.slug}`;
  return rss(`${site.name}: stories by ${author.name}`, path, `${path}/feed.xml`, author.jobTitle || `Stories by ${author.name}`, stories);
}, 'feed-author-v1');

/** Fixed pages plus section, author and tag pages that have visible stories. */
function pageEntries() {
  return [{ loc: '/', lastmod: null as number | null }, ...listSitemapPagesPublished().map((p) => ({ loc: p.path, lastmod: p.lastmod }))];
}

export const getSitemapPlan = cached(() => {
  const pages = pageEntries();
  const articleCount = countVisibleArticles();
  return { ...planSitemaps(pages.length, articleCount), latest: Math.max(0, ...pages.map((p) => p.lastmod ?? 0)) };
}, 'sitemap-plan-v1');

export const getSitemapPages = cached(() => pageEntries().slice(0, SITEMAP_URL_LIMIT), 'sitemap-pages-v1');

/**
 * Story URLs of article sitemap `n` (1-based). Not in the data cache: up to 50,000 URLs exceed its
 * entry size; the route's own revalidate caches the rendered XML instead.
 */
export function getSitemapStories(n: number) {
  return listSitemapStoriesPublished(SITEMAP_URL_LIMIT, (n - 1) * SITEMAP_URL_LIMIT).map((s) => ({ loc: s.path, lastmod: s.lastmod }));
}

export const getNewsSitemapStories = cached(
  () => listNewsSitemapStoriesPublished(Date.now() - NEWS_WINDOW_MS, NEWS_URL_LIMIT),
  'news-sitemap-v1',
);
