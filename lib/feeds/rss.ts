import { articleGuid, itemContentHtml, latestChange, type FeedChannel, type FeedItem } from './feed';
import { absoluteUrl, cdata, element, escapeXml } from './xml';

/** RFC 822 date as RSS 2.0 requires, always in GMT: "Wed, 02 Oct 2024 13:00:00 GMT". */
export function rfc822(ms: number): string {
  return new Date(ms).toUTCString();
}

function itemXml(item: FeedItem, siteUrl: string): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', absoluteUrl(siteUrl, item.url)),
    `<guid isPermaLink="false">${escapeXml(articleGuid(item.id))}</guid>`,
    element('pubDate', rfc822(item.publishedAt)),
    element('description', item.summary),
    ...item.authors.map((name) => element('dc:creator', name)),
    item.language ? element('dc:language', item.language) : '',
    ...item.categories.map((name) => element('category', name)),
    `<content:encoded>${cdata(itemContentHtml(item, siteUrl))}</content:encoded>`,
    '</item>',
  ].join('');
}

/**
 * An RSS 2.0 document with full text in content:encoded and bylines in dc:creator. pubDate is
 * the first publication; lastBuildDate is the latest reader-visible change (updatedAt), so a
 * substantive update refreshes the feed without re-dating the story. The hub, when there is one,
 * is named with atom:link rel="hub" beside rel="self" (WebSub 4).
 */
export function buildRss(channel: FeedChannel): string {
  const latest = latestChange(channel.items);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', absoluteUrl(channel.siteUrl, channel.link)),
    element('description', channel.description),
    element('language', channel.language),
    latest > 0 ? element('lastBuildDate', rfc822(latest)) : '',
    `<atom:link href="${escapeXml(absoluteUrl(channel.siteUrl, channel.selfUrl))}" rel="self" type="application/rss+xml"/>`,
    channel.hubUrl ? `<atom:link href="${escapeXml(channel.hubUrl)}" rel="hub"/>` : '',
    ...channel.items.map((item) => itemXml(item, channel.siteUrl)),
    '</channel>',
    '</rss>\n',
  ].join('');
}
