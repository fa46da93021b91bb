import type { FeedChannel, FeedItem } from './feed';

// A story and a channel with everything a feed must escape, shared by the tests of each format.

export const SITE = 'https://news.example';
export const HUB = 'https://hub.example/publish';

export function sampleItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: 7,
    title: 'Oil & gas <deal> "signed"',
    url: '/energy/oil-deal',
    summary: 'Tom’s <b>summary</b> & more',
    contentHtml: '<p>Body with <a href="/world/other">a link</a> and <img src="/images/a.jpg" alt=""></p>',
    publishedAt: Date.UTC(2024, 9, 2, 13, 5, 9),
    updatedAt: Date.UTC(2024, 9, 3, 8, 0, 0),
    authors: ['Ana Pérez', 'Bo <Li>'],
    categories: ['Energy', 'Oil & Gas'],
    image: { url: '/images/hero.jpg', alt: 'A "rig"' },
    ...overrides,
  };
}

export function sampleChannel(items: FeedItem[], selfUrl: string, overrides: Partial<FeedChannel> = {}): FeedChannel {
  return { title: 'Wire & Co', link: '/', selfUrl, description: 'Latest', language: 'en-GB', siteUrl: SITE, items, ...overrides };
}
