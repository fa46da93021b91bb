import { buildAtom } from './atom';
import type { FeedChannel } from './feed';
import { buildJsonFeed } from './json-feed';
import { buildRss } from './rss';

/** Every feed comes in three formats, at `<page>/feed.xml`, `<page>/feed.atom` and `<page>/feed.json`. Pure. */
export const FEED_FORMATS = {
  rss: { file: 'feed.xml', type: 'application/rss+xml', build: buildRss },
  atom: { file: 'feed.atom', type: 'application/atom+xml', build: (channel: FeedChannel) => buildAtom(channel) },
  json: { file: 'feed.json', type: 'application/feed+json', build: buildJsonFeed },
} as const;

export type FeedFormat = keyof typeof FEED_FORMATS;

export const FEED_FORMAT_NAMES = Object.keys(FEED_FORMATS) as FeedFormat[];

/** The address of a feed of the page at `pagePath` ('/' for the site feed, '/energy', '/authors/ana'). */
export function feedPath(pagePath: string, format: FeedFormat): string {
  return `${pagePath.replace(/\/$/, '')}/${FEED_FORMATS[format].file}`;
}

/** Every format's address of the page's feed. */
export function feedPaths(pagePath: string): string[] {
  return FEED_FORMAT_NAMES.map((format) => feedPath(pagePath, format));
}

/** `alternates.types` of Next metadata: <link rel="alternate"> to the page's feed in every format. */
export function feedAlternates(pagePath: string, title: string): Record<string, { url: string; title: string }[]> {
  return Object.fromEntries(FEED_FORMAT_NAMES.map((format) => [FEED_FORMATS[format].type, [{ url: feedPath(pagePath, format), title }]]));
}
