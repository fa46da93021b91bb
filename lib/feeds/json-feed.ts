import { articleGuid, itemContentHtml, itemUpdated, type FeedChannel, type FeedItem } from './feed';
import { absoluteUrl } from './xml';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const iso = (ms: number) => new Date(ms).toISOString();

function itemJson(item: FeedItem, siteUrl: string) {
  return {
    id: articleGuid(item.id),
    url: absoluteUrl(siteUrl, item.url),
    title: item.title,
    content_html: itemContentHtml(item, siteUrl),
    ...(item.summary ? { summary: item.summary } : {}),
    ...(item.image ? { image: absoluteUrl(siteUrl, item.image.url) } : {}),
    date_published: iso(item.publishedAt),
    date_modified: iso(itemUpdated(item)),
    ...(item.authors.length ? { authors: item.authors.map((name) => ({ name })) } : {}),
    ...(item.categories.length ? { tags: item.categories } : {}),
    ...(item.language ? { language: item.language } : {}),
  };
}

/**
 * A JSON Feed 1.1 document with the same items as the RSS feed: the same ids (the RSS guid), full
 * text in content_html, bylines as authors, section and tags as tags; the hub, when there is one,
 * in `hubs` (type WebSub).
 */
export function buildJsonFeed(channel: FeedChannel): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: absoluteUrl(channel.siteUrl, channel.link),
    feed_url: absoluteUrl(channel.siteUrl, channel.selfUrl),
    ...(channel.description ? { description: channel.description } : {}),
    language: channel.language,
    ...(channel.hubUrl ? { hubs: [{ type: 'WebSub', url: channel.hubUrl }] } : {}),
    items: channel.items.map((item) => itemJson(item, channel.siteUrl)),
  };
  return `${JSON.stringify(feed)}\n`;
}
