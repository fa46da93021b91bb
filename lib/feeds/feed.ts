import { absoluteUrl, escapeXml } from './xml';

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
  /** The story's language when it is not the channel's (dc:language, xml:lang, JSON Feed language). */
  language?: string | null;
};

/** What every format of one feed says; each builder writes it in its own syntax. */
export type FeedChannel = {
  title: string;
  /** The HTML page this feed mirrors. */
  link: string;
  /** This feed's own URL (rel="self"). */
  selfUrl: string;
  description: string;
  language: string;
  siteUrl: string;
  /** The WebSub hub subscribers are sent to (rel="hub"); none when no hub is configured. */
  hubUrl?: string | null;
  items: FeedItem[];
};

/** Stable across slug and section changes, so readers never see a renamed story twice. */
export function articleGuid(id: number): string {
  return `urn:meridian:article:${id}`;
}

/** Story HTML with site-relative links and images made absolute (feed readers have no base URL). */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return html.replace(/\s(href|src)="\/(?!\/)([^"]*)"/g, (_m, attr: string, path: string) => ` ${attr}="${absoluteUrl(siteUrl, `/${path}`)}"`);
}

/** The full text a feed carries for a story: its hero image as a figure, then the body, every link absolute. */
export function itemContentHtml(item: FeedItem, siteUrl: string): string {
  const hero = item.image
    ? `<figure><img src="${escapeXml(absoluteUrl(siteUrl, item.image.url))}" alt="${escapeXml(item.image.alt)}"/></figure>`
    : '';
  return hero + absolutizeHtml(item.contentHtml, siteUrl);
}

/** The story's latest reader-visible change: its substantive update, else its first publication. */
export function itemUpdated(item: FeedItem): number {
  return Math.max(item.updatedAt ?? item.publishedAt, item.publishedAt);
}

/** The newest change among the items; 0 for an empty feed. */
export function latestChange(items: FeedItem[]): number {
  return items.reduce((max, i) => Math.max(max, itemUpdated(i)), 0);
}
