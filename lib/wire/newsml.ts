import type { ItemVersion } from './item-version';

// One item version as a NewsML-G2 newsItem (IPTC): itemMeta, contentMeta, contentSet, in the order
// the G2 schema requires. The body goes as escaped HTML in inlineData (our sanitized HTML is not
// always XHTML), so the document is always well-formed XML.

const NAR = 'http://iptc.org/std/nar/2006-10-01/';
const CATALOG = 'http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml';

// Characters XML 1.0 does not allow at all (controls other than tab, newline, return; lone surrogates).
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const el = (name: string, text: string, attrs = '') => `<${name}${attrs}>${xmlEscape(text)}</${name}>`;
const attr = (name: string, value: string) => ` ${name}="${xmlEscape(value)}"`;
const iso = (d: Date) => d.toISOString();

function itemMeta(item: ItemVersion): string {
  return [
    '<itemMeta>',
    '<itemClass qcode="ninat:text"/>',
    `<provider${attr('literal', item.copyrightHolder)}/>`,
    el('versionCreated', iso(item.versionCreated)),
    el('firstCreated', iso(item.firstCreated)),
    item.embargoedUntil ? el('embargoed', iso(item.embargoedUntil)) : '',
    `<pubStatus qcode="stat:${item.pubstatus}"/>`,
    item.ednote ? el('edNote', item.ednote) : '',
    '</itemMeta>',
  ].join('');
}

function contentMeta(item: ItemVersion): string {
  return [
    '<contentMeta>',
    el('urgency', String(item.urgency)),
    item.located ? `<located>${el('name', item.located)}</located>` : '',
    item.source ? `<infoSource role="cpnat:supplier"${attr('literal', item.source.name)}>${el('name', item.source.name)}</infoSource>` : '',
    ...item.byline.map((name) => `<creator>${el('name', name)}</creator>`),
    `<language${attr('tag', item.language)}/>`,
    item.genre ? `<genre${attr('literal', item.genre)}>${el('name', item.genre)}</genre>` : '',
    ...item.mediaTopics.map((t) => `<subject type="cpnat:abstract"${attr('qcode', t.qcode)}>${el('name', t.label)}</subject>`),
    item.slugline ? el('slugline', item.slugline) : '',
    el('headline', item.headline),
    item.byline.length ? el('by', item.byline.join(', ')) : '',
    item.dek ? el('description', item.dek, ' role="drol:summary"') : '',
    '</contentMeta>',
  ].join('');
}

/** The item version as a NewsML-G2 newsItem document. */
export function toNewsMl(item: ItemVersion): string {
  const rights = [
    '<rightsInfo>',
    `<copyrightHolder${attr('literal', item.copyrightHolder)}>${el('name', item.copyrightHolder)}</copyrightHolder>`,
    el('copyrightNotice', item.copyrightNotice),
    item.usageTerms ? el('usageTerms', item.usageTerms) : '',
    '</rightsInfo>',
  ].join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<newsItem xmlns="${NAR}"${attr('guid', item.uri)}${attr('version', String(item.version))} standard="NewsML-G2" standardversion="2.33" conformance="power"${attr('xml:lang', item.language)}>`,
    `<catalogRef href="${CATALOG}"/>`,
    rights,
    itemMeta(item),
    contentMeta(item),
    `<contentSet><inlineData contenttype="text/html"${attr('wordcount', String(item.bodyText.trim() ? item.bodyText.trim().split(/\s+/).length : 0))}>${xmlEscape(item.bodyHtml)}</inlineData></contentSet>`,
    '</newsItem>\n',
  ].join('');
}
