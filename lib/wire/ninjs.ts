import type { ItemVersion } from './item-version';

// One item version as IPTC ninjs 2.2 ("News in JSON"). Every property is one the schema declares
// (it allows no others); lib/wire/ninjs.test.ts validates the output against IPTC's own schema
// (standards/ninjs/). Empty values are left out rather than sent as "" or [].

export const NINJS_SCHEMA_URI = 'https://www.iptc.org/std/ninjs/ninjs-schema_2.2.json';
const MEDIA_TOPIC_URI = 'http://cv.iptc.org/newscodes/mediatopic/';

export type NinjsItem = Record<string, unknown> & { uri: string; version: string; pubstatus: string };

const iso = (d: Date) => d.toISOString();
const words = (text: string) => (text.trim() === '' ? 0 : text.trim().split(/\s+/).length);

/** medtop:04000000 → its IPTC URI; anything else (not a Media Topic qcode) has none. */
export function mediaTopicUri(qcode: string): string | undefined {
  const m = /^medtop:(\d{8})$/.exec(qcode);
  return m ? `${MEDIA_TOPIC_URI}${m[1]}` : undefined;
}

function association(item: ItemVersion) {
  const image = item.image;
  if (!image) return undefined;
  const descriptions = [
    ...(image.caption ? [{ role: 'caption', value: image.caption }] : []),
    ...(image.alt ? [{ role: 'alt', value: image.alt }] : []),
  ];
  const rendition = {
    name: 'original',
    href: image.href,
    ...(image.mime ? { contenttype: image.mime } : {}),
    ...(image.width ? { width: image.width } : {}),
    ...(image.height ? { height: image.height } : {}),
    ...(image.bytes ? { sizeinbytes: image.bytes } : {}),
  };
  return [
    {
      name: 'featureimage',
      uri: `${item.uri}:image`,
      type: 'picture',
      ...(descriptions.length ? { descriptions } : {}),
      ...(image.credit ? { by: image.credit } : {}),
      renditions: [rendition],
    },
  ];
}

/** The item version as a ninjs 2.2 object. */
export function toNinjs(item: ItemVersion): NinjsItem {
  const optional = {
    embargoed: item.embargoedUntil ? iso(item.embargoedUntil) : undefined,
    slugline: item.slugline ?? undefined,
    descriptions: item.dek ? [{ role: 'summary', contenttype: 'text/plain', value: item.dek }] : undefined,
    by: item.byline.length ? item.byline.join(', ') : undefined,
    located: item.located ?? undefined,
    subjects: item.mediaTopics.length
      ? item.mediaTopics.map((t) => ({ name: t.label, literal: t.qcode, ...(mediaTopicUri(t.qcode) ? { uri: mediaTopicUri(t.qcode) } : {}) }))
      : undefined,
    genres: item.genre ? [{ name: item.genre, literal: `genre:${item.genre}` }] : undefined,
    usageterms: item.usageTerms ?? undefined,
    ednote: item.ednote ?? undefined,
    associations: association(item),
    altids: item.webUrl ? [{ role: 'web', value: item.webUrl }] : undefined,
  };
  const infosources = [
    { name: item.copyrightHolder, role: 'originator' },
    ...(item.source ? [{ name: item.source.name, role: 'supplier', ...(item.source.url ? { uri: item.source.url } : {}) }] : []),
  ];
  return {
    uri: item.uri,
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationtype: 'full',
    version: String(item.version),
    firstcreated: iso(item.firstCreated),
    versioncreated: iso(item.versionCreated),
    pubstatus: item.pubstatus,
    urgency: item.urgency,
    language: item.language,
    headlines: [{ role: 'main', value: item.headline }],
    bodies: [{ role: 'main', contenttype: 'text/html', charcount: item.bodyText.length, wordcount: words(item.bodyText), value: item.bodyHtml }],
    infosources,
    copyrightholder: item.copyrightHolder,
    copyrightnotice: item.copyrightNotice,
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
  };
}
