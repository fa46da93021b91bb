import { absoluteUrl, cdata, element, escapeXml } from './xml';

/** One story in a feed. Times are epoch ms; `contentHtml` must already be sanitized. */
export type FeedItem = {
  id: number;
  title: string;
  url: string;
  summary: string;
  contentHtml: string;
  publishedAt: number;
  updatedAt: number | null;
  authors: string[];
  categories: string[];
  image?: { url: string; alt: string } | null;
  /** The story's language when it is not the channel's (dc:language). */
  language?: string | null;
};

export type FeedChannel = {
  title: string;
  /** The HTML page this feed mirrors. */
  link: string;
  /** This feed's own URL (atom:link rel="self"). */
  selfUrl: string;
  description: string;
  language: string;
  siteUrl: string;
  items: FeedItem[];
};

/** RFC 822 date as RSS 2.0 requires, always in GMT: "Wed, 02 Oct 2024 13:00:00 GMT". */
export function rfc822(ms: number): string {
  return new Date(ms).toUTCString();
}

/** Stable across slug and section changes, so readers never see a renamed story twice. */
export function articleGuid(id: number): string {
  return `urn:meridian:article:${id}`;
}

/** Story HTML with site-relative links and images made absolute (feed readers have no base URL). */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return html.replace(/\s(href|src)="\/(?!\/)([^"]*)"/g, (_m, attr: string, path: string) => ` ${attr}="${absoluteUrl(siteUrl, `/${path}`)}"`);
}

function itemXml(item: FeedItem, siteUrl: string): string {
  const link = absoluteUrl(siteUrl, item.url);
  const hero = item.image
    ? `<figure><img src="${escapeXml(absoluteUrl(siteUrl, item.image.url))}" alt="${escapeXml(item.image.alt)}"/></figure>`
    : '';
  return [
    '<item>',
    element('title', item.title),
    element('link', link),
    `<guid isPermaLink="false">${escapeXml(articleGuid(item.id))}</guid>`,
    element('pubDate', rfc822(item.publishedAt)),
    element('description', item.summary),
    ...item.authors.map((name) => element('dc:creator', name)),
    item.language ? element('dc:language', item.language) : '',
    ...item.categories.map((name) => element('category', name)),
    `<content:encoded>${cdata(hero + absolutizeHtml(item.contentHtml, siteUrl))}</content:encoded>`,
    '</item>',
  ].join('');
}

/**
 * An RSS 2.0 document with full text in content:encoded and bylines in dc:creator. pubDate is
 * the first publication; lastBuildDate is the latest reader-visible change (updatedAt), so a
 * substantive update refreshes the feed without re-dating the story.
 */
export function buildRss(channel: FeedChannel): string {
  const latest = channel.items.reduce((max, i) => Math.max(max, i.updatedAt ?? i.publishedAt, i.publishedAt), 0);
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
    ...channel.items.map((item) => itemXml(item, channel.siteUrl)),
    '</channel>',
    '</rss>\n',
  ].join('');
}
