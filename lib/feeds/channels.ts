import 'server-only';
import { getAuthorBySlug } from '@/db/queries/authors';
import { listFeedStoriesPublished, type FeedStory } from '@/db/queries/distribution';
import { getSectionBySlug } from '@/db/queries/taxonomy';
import { env } from '@/lib/env';
import { sanitizeStoryHtml } from '@/lib/sanitize';
import { getSiteSettings, type SiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';
import type { FeedChannel, FeedItem } from './feed';
import { FEED_FORMATS, feedPath, type FeedFormat } from './formats';

// Feeds are read from the database and written on every request, with the site's settings of that
// request (its URL in every link); the server's response cache keeps the finished answer until the
// content token changes, like any reader page. The three formats of a feed come from one channel:
// the same stories, the same full text.

const CACHE_CONTROL = 'public, max-age=0, s-maxage=1';

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

/** A feed before its format is chosen: the page it mirrors and what it says. */
type Channel = Omit<FeedChannel, 'selfUrl'>;

function channel(site: SiteSettings, title: string, link: string, description: string, stories: FeedStory[]): Channel {
  return { title, link, description, language: site.locale, siteUrl: site.url, hubUrl: env.WEBSUB_HUB_URL ?? null, items: stories.map(toFeedItem) };
}

async function siteChannel(): Promise<Channel> {
  const [site, stories] = await Promise.all([getSiteSettings(), listFeedStoriesPublished()]);
  return channel(site, `${site.name}: latest stories`, '/', site.tagline, stories);
}

async function sectionChannel(slug: string): Promise<Channel | null> {
  const section = await getSectionBySlug(slug);
  if (!section) return null;
  const [site, stories] = await Promise.all([getSiteSettings(), listFeedStoriesPublished({ sectionId: section.id })]);
  return channel(site, `${site.name}: ${section.name}`, `/${section.slug}`, section.description || section.name, stories);
}

async function authorChannel(slug: string): Promise<Channel | null> {
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  const [site, stories] = await Promise.all([getSiteSettings(), listFeedStoriesPublished({ authorId: author.id })]);
  return channel(site, `${site.name}: stories by ${author.name}`, `/authors/${author.slug}`, author.jobTitle || `Stories by ${author.name}`, stories);
}

/** The feed in one format, or a plain 404 for an unknown section or author. */
export function feedResponse(format: FeedFormat, found: Channel | null): Response {
  if (!found) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { build, type } = FEED_FORMATS[format];
  const body = build({ ...found, selfUrl: feedPath(found.link, format) });
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': CACHE_CONTROL } });
}

/** GET of the site feed (`/feed.xml`, `/feed.atom`, `/feed.json`): the newest stories across the site. */
export function siteFeedRoute(format: FeedFormat) {
  return async () => feedResponse(format, await siteChannel());
}

/** GET of a section's feed (`/{section}/feed.*`): that section's newest stories. */
export function sectionFeedRoute(format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ section: string }> }) => {
    const slug = parseSlug((await params).section);
    return feedResponse(format, slug ? await sectionChannel(slug) : null);
  };
}

/** GET of an author's feed (`/authors/{slug}/feed.*`): the newest stories carrying that byline. */
export function authorFeedRoute(format: FeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
    const slug = parseSlug((await params).slug);
    return feedResponse(format, slug ? await authorChannel(slug) : null);
  };
}
