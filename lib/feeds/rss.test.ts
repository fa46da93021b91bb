import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { absolutizeHtml, articleGuid, type FeedItem } from './feed';
import { HUB, sampleChannel, sampleItem, SITE } from './fixtures';
import { buildRss, rfc822 } from './rss';
import { cdata, escapeXml } from './xml';

const item = sampleItem;
const build = (items: FeedItem[], hubUrl?: string) => buildRss(sampleChannel(items, '/feed.xml', { hubUrl }));

const parser = new XMLParser({ ignoreAttributes: false, cdataPropName: '#cdata' });

describe('buildRss', () => {
  it('produces well-formed RSS 2.0 with escaped text', () => {
    const xml = build([item()]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml);
    const channel = doc.rss.channel;
    expect(doc.rss['@_version']).toBe('2.0');
    expect(channel.title).toBe('Wire & Co');
    expect(xml).toContain('<title>Oil &amp; gas &lt;deal&gt; &quot;signed&quot;</title>');
    expect(xml).toContain('<dc:creator>Bo &lt;Li&gt;</dc:creator>');
    expect(channel['atom:link']['@_href']).toBe(`${SITE}/feed.xml`);
    expect(channel.item.link).toBe(`${SITE}/energy/oil-deal`);
    expect(channel.item.category).toEqual(['Energy', 'Oil & Gas']);
  });

  it('names the WebSub hub beside rel="self" when one is configured, and no hub otherwise', () => {
    const links = (xml: string) => [parser.parse(xml).rss.channel['atom:link']].flat().map((l: Record<string, string>) => [l['@_rel'], l['@_href']]);
    expect(links(build([item()], HUB))).toEqual([['self', `${SITE}/feed.xml`], ['hub', HUB]]);
    expect(links(build([item()]))).toEqual([['self', `${SITE}/feed.xml`]]);
  });

  it('names the language of a story that has its own (issue 12)', () => {
    expect(build([item({ language: 'es' })])).toContain('<dc:language>es</dc:language>');
    expect(build([item()])).not.toContain('dc:language');
  });

  it('uses RFC 822 dates: pubDate is the first publication, lastBuildDate the latest update', () => {
    const xml = build([item()]);
    expect(xml).toContain('<pubDate>Wed, 02 Oct 2024 13:05:09 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Thu, 03 Oct 2024 08:00:00 GMT</lastBuildDate>');
    expect(rfc822(0)).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
  });

  it('gives stable, non-permalink GUIDs', () => {
    const doc = parser.parse(build([item()]));
    expect(doc.rss.channel.item.guid).toEqual({ '#text': articleGuid(7), '@_isPermaLink': 'false' });
    expect(articleGuid(7)).toBe('urn:meridian:article:7');
  });

  it('keeps full content in CDATA even when it contains ]]>', () => {
    const hostile = '<p>Array access a[b[0]]> c and ]]> again</p>';
    const xml = build([item({ contentHtml: hostile })]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const encoded = parser.parse(xml).rss.channel.item['content:encoded']['#cdata'];
    const joined = Array.isArray(encoded) ? encoded.join('') : encoded;
    expect(joined).toContain(hostile);
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });

  it('makes site-relative links and images absolute and adds the hero image', () => {
    const xml = build([item()]);
    expect(xml).toContain(`href="${SITE}/world/other"`);
    expect(xml).toContain(`src="${SITE}/images/a.jpg"`);
    expect(xml).toContain(`<img src="${SITE}/images/hero.jpg" alt="A &quot;rig&quot;"/>`);
    expect(absolutizeHtml('<a href="//evil.example/x">x</a><a href="https://a.example/">y</a>', SITE)).toBe(
      '<a href="//evil.example/x">x</a><a href="https://a.example/">y</a>',
    );
  });

  it('drops characters XML cannot carry', () => {
    const xml = build([item({ title: 'Bad\u0000\u0008 chars\uFFFF \uD800 ok 🛢️' })]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<title>Bad chars  ok 🛢️</title>');
    expect(escapeXml(`'`)).toBe('&apos;');
  });

  it('builds an empty channel without lastBuildDate', () => {
    const xml = build([]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('lastBuildDate');
  });
});
