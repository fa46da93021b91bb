import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomProblems } from '@/test/feed-checks';
import { buildAtom } from './atom';
import { articleGuid, type FeedItem } from './feed';
import { HUB, sampleChannel, sampleItem, SITE } from './fixtures';

const build = (items: FeedItem[], hubUrl?: string) => buildAtom(sampleChannel(items, '/feed.atom', { hubUrl }), Date.UTC(2025, 0, 1));
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'author', 'category'].includes(name) });

describe('buildAtom', () => {
  it('meets RFC 4287: feed and entry id, title, updated, authors and links', () => {
    const xml = build([sampleItem(), sampleItem({ id: 8, authors: [], updatedAt: null })], HUB);
    expect(atomProblems(xml).problems).toEqual([]);
    const feed = parser.parse(xml).feed;
    expect(feed.id).toBe(`${SITE}/feed.atom`);
    expect(feed.updated).toBe('2024-10-03T08:00:00.000Z');
    expect(feed['@_xml:lang']).toBe('en-GB');
    const [first, second] = feed.entry;
    expect(first.id).toBe(articleGuid(7));
    expect(first.published).toBe('2024-10-02T13:05:09.000Z');
    expect(first.updated).toBe('2024-10-03T08:00:00.000Z');
    expect(first.author.map((a: { name: string }) => a.name)).toEqual(['Ana Pérez', 'Bo <Li>']);
    expect(first.category.map((c: Record<string, string>) => c['@_term'])).toEqual(['Energy', 'Oil & Gas']);
    expect(first.link).toEqual([{ '@_rel': 'alternate', '@_href': `${SITE}/energy/oil-deal`, '@_type': 'text/html' }]);
    expect(second.updated).toBe(second.published);
  });

  it('carries the full text as escaped HTML, with the hero image and absolute links', () => {
    const entry = parser.parse(build([sampleItem()])).feed.entry[0];
    expect(entry.content['@_type']).toBe('html');
    expect(entry.content['#text']).toContain(`<img src="${SITE}/images/hero.jpg" alt="A &quot;rig&quot;"/>`);
    expect(entry.content['#text']).toContain(`<a href="${SITE}/world/other">a link</a>`);
    expect(entry.title['#text']).toBe('Oil & gas <deal> "signed"');
  });

  it('names the hub and itself, and a story’s own language', () => {
    const links = (xml: string) => parser.parse(xml).feed.link.map((l: Record<string, string>) => `${l['@_rel']} ${l['@_href']}`);
    expect(links(build([sampleItem()], HUB))).toEqual([`alternate ${SITE}/`, `self ${SITE}/feed.atom`, `hub ${HUB}`]);
    expect(links(build([sampleItem()]))).toEqual([`alternate ${SITE}/`, `self ${SITE}/feed.atom`]);
    expect(parser.parse(build([sampleItem({ language: 'es' })])).feed.entry[0]['@_xml:lang']).toBe('es');
  });

  it('is valid when empty (dated now) and refuses what the checker must catch', () => {
    const empty = build([]);
    expect(atomProblems(empty).problems).toEqual([]);
    expect(parser.parse(empty).feed.updated).toBe('2025-01-01T00:00:00.000Z');
    const broken = build([sampleItem()]).replace(/<updated>[^<]*<\/updated>/, '').replace('<id>urn:meridian:article:7</id>', '');
    expect(atomProblems(broken).problems).toEqual(['feed: 0 atom:updated (exactly one required)', 'entry 1: 0 atom:id (exactly one required)']);
  });
});
