import { articleGuid, itemContentHtml, itemUpdated, latestChange, type FeedChannel, type FeedItem } from './feed';
import { absoluteUrl, element, escapeXml } from './xml';

/** RFC 3339 in UTC, as atom:updated and atom:published require. */
const rfc3339 = (ms: number) => new Date(ms).toISOString();

const link = (rel: string, href: string, type?: string) => `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;

function entryXml(item: FeedItem, siteUrl: string): string {
  return [
    item.language ? `<entry xml:lang="${escapeXml(item.language)}">` : '<entry>',
    element('id', articleGuid(item.id)),
    `<title type="text">${escapeXml(item.title)}</title>`,
    link('alternate', absoluteUrl(siteUrl, item.url), 'text/html'),
    element('published', rfc3339(item.publishedAt)),
    element('updated', rfc3339(itemUpdated(item))),
    ...item.authors.map((name) => `<author>${element('name', name)}</author>`),
    ...item.categories.map((name) => `<category term="${escapeXml(name)}"/>`),
    item.summary ? `<summary type="text">${escapeXml(item.summary)}</summary>` : '',
    `<content type="html">${escapeXml(itemContentHtml(item, siteUrl))}</content>`,
    '</entry>',
  ].join('');
}

/**
 * An Atom 1.0 document (RFC 4287) with the same entries as the RSS feed: the same ids (the RSS
 * guid), full text as escaped HTML, every byline an atom:author. The site is the feed's author, so
 * an entry without a byline is still valid (4.1.1). An empty feed is dated `now`.
 */
export function buildAtom(channel: FeedChannel, now: number = Date.now()): string {
  const self = absoluteUrl(channel.siteUrl, channel.selfUrl);
  const latest = latestChange(channel.items);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.language)}">`,
    element('id', self),
    `<title type="text">${escapeXml(channel.title)}</title>`,
    channel.description ? `<subtitle type="text">${escapeXml(channel.description)}</subtitle>` : '',
    element('updated', rfc3339(latest > 0 ? latest : now)),
    link('alternate', absoluteUrl(channel.siteUrl, channel.link), 'text/html'),
    link('self', self, 'application/atom+xml'),
    channel.hubUrl ? link('hub', channel.hubUrl) : '',
    `<author>${element('name', channel.title)}<uri>${escapeXml(absoluteUrl(channel.siteUrl, '/'))}</uri></author>`,
    ...channel.items.map((item) => entryXml(item, channel.siteUrl)),
    '</feed>\n',
  ].join('');
}
