import { describe, expect, it } from 'vitest';
import { jsonFeedProblems } from '@/test/feed-checks';
import { articleGuid, type FeedItem } from './feed';
import { HUB, sampleChannel, sampleItem, SITE } from './fixtures';
import { buildJsonFeed, JSON_FEED_VERSION } from './json-feed';

const build = (items: FeedItem[], hubUrl?: string) => buildJsonFeed(sampleChannel(items, '/feed.json', { hubUrl }));

describe('buildJsonFeed', () => {
  it('validates against the JSON Feed 1.1 schema, with and without a hub, full or empty', () => {
    for (const body of [build([sampleItem(), sampleItem({ id: 8, authors: [], categories: [], image: null, summary: '' })], HUB), build([])]) {
      expect(jsonFeedProblems(body).problems).toEqual([]);
    }
  });

  it('carries the same items as the other formats: ids, links, full text, dates, bylines, tags', () => {
    const feed = JSON.parse(build([sampleItem({ language: 'es' })], HUB));
    expect(feed).toMatchObject({
      version: JSON_FEED_VERSION,
      title: 'Wire & Co',
      home_page_url: `${SITE}/`,
      feed_url: `${SITE}/feed.json`,
      language: 'en-GB',
      hubs: [{ type: 'WebSub', url: HUB }],
    });
    expect(feed.items[0]).toEqual({
      id: articleGuid(7),
      url: `${SITE}/energy/oil-deal`,
      title: 'Oil & gas <deal> "signed"',
      content_html: expect.stringContaining(`<a href="${SITE}/world/other">a link</a>`),
      summary: 'Tom’s <b>summary</b> & more',
      image: `${SITE}/images/hero.jpg`,
      date_published: '2024-10-02T13:05:09.000Z',
      date_modified: '2024-10-03T08:00:00.000Z',
      authors: [{ name: 'Ana Pérez' }, { name: 'Bo <Li>' }],
      tags: ['Energy', 'Oil & Gas'],
      language: 'es',
    });
    expect(feed.items[0].content_html).toMatch(/^<figure><img src="https:\/\/news\.example\/images\/hero\.jpg"/);
    expect(JSON.parse(build([])).hubs).toBeUndefined();
  });

  it('the schema refuses what the specification refuses', () => {
    const feed = JSON.parse(build([sampleItem()], HUB));
    const problems = (change: (f: Record<string, unknown> & { items: Record<string, unknown>[]; hubs: Record<string, unknown>[] }) => void) => {
      const copy = structuredClone(feed);
      change(copy);
      return jsonFeedProblems(JSON.stringify(copy)).problems;
    };
    expect(problems((f) => delete f.items[0]!.content_html)).not.toEqual([]);
    expect(problems((f) => delete f.items[0]!.id)).not.toEqual([]);
    expect(problems((f) => delete f.title)).not.toEqual([]);
    expect(problems((f) => (f.version = 'https://jsonfeed.org/version/1'))).not.toEqual([]);
    expect(problems((f) => delete f.hubs[0]!.type)).not.toEqual([]);
    expect(problems((f) => (f.items[0]!.date_published = 'yesterday'))).not.toEqual([]);
    expect(problems((f) => (f.items[0]!.authors = [{}]))).not.toEqual([]);
    expect(problems((f) => (f.items[0]!.conent_html = 'typo'))).not.toEqual([]);
    expect(problems((f) => (f.items[0]!._meridian = { ok: true }))).toEqual([]);
  });
});
