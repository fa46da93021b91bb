import type { WireItemVersion } from './item-resolve';

// One version of one wire item, as the client side (wire API, push delivery, product filters) reads
// it. Pure: the story side (lib/wire/item.ts, table wire_versions) owns where versions come from,
// and `fromWireItem` is the one place its shape becomes this one.

export const PUBSTATUSES = ['usable', 'withheld', 'canceled'] as const;
export type PubStatus = (typeof PUBSTATUSES)[number];

export type ItemImage = {
  /** Absolute URL of the image as we serve it. */
  href: string;
  alt: string;
  caption: string;
  credit: string;
  width: number | null;
  height: number | null;
  bytes: number | null;
  mime: string | null;
};

export type ItemVersion = {
  /** The story's id: the `{id}` of /api/wire/v1/items/{id}. */
  itemId: number;
  /** Stable across versions, e.g. urn:meridianwire:item:42. */
  uri: string;
  /** Rises with every substantive update, correction, kill or embargo lift. */
  version: number;
  pubstatus: PubStatus;
  firstCreated: Date;
  versionCreated: Date;
  /** Until when the item is under embargo; null when it is not (or no longer) embargoed. */
  embargoedUntil: Date | null;
  /** 1 (flash) … 9; 3 is a normal story. */
  urgency: number;
  /** BCP 47. */
  language: string;
  slugline: string | null;
  headline: string;
  /** The standfirst; empty when the story has none. */
  dek: string;
  bodyHtml: string;
  bodyText: string;
  byline: string[];
  /** Dateline place, e.g. CARACAS. */
  located: string | null;
  genre: string | null;
  section: { id: number; slug: string; name: string } | null;
  /** IPTC Media Topics, qcode form (medtop:04000000). */
  mediaTopics: { qcode: string; label: string }[];
  copyrightHolder: string;
  copyrightNotice: string;
  usageTerms: string | null;
  /** For client editors only: never on our own site. */
  ednote: string | null;
  /** Partner material: who supplied it. */
  source: { name: string; url: string | null } | null;
  /** The story's page on our site while readers may see it. */
  webUrl: string | null;
  image: ItemImage | null;
};

const orNull = (text: string | null | undefined) => (text ? text : null);

/**
 * The story side's version in the client side's shape: times as Dates, '' as null, the section with
 * its id (products filter by id; `sectionId` null when the section is gone). A canceled version
 * carries its kill reason as the editors' note, and no web address (the page answers 410); nor
 * does a withheld one.
 */
export function fromWireItem(v: WireItemVersion, sectionId: number | null): ItemVersion {
  const rendition = v.image?.renditions[0];
  return {
    itemId: v.articleId,
    uri: v.uri,
    version: v.version,
    pubstatus: v.pubstatus,
    firstCreated: new Date(v.firstcreated),
    versionCreated: new Date(v.versioncreated),
    embargoedUntil: v.embargoed ? new Date(v.embargoed) : null,
    urgency: v.urgency,
    language: v.language,
    slugline: orNull(v.slugline),
    headline: v.headline,
    dek: v.dek,
    bodyHtml: v.body,
    bodyText: v.bodyText,
    byline: v.bylines.map((b) => b.name),
    located: orNull(v.dateline?.place),
    genre: orNull(v.genre),
    section: v.section && sectionId !== null ? { id: sectionId, slug: v.section.slug, name: v.section.name } : null,
    mediaTopics: v.subjects.map((s) => ({ qcode: s.qcode, label: s.name })),
    copyrightHolder: v.copyrightHolder,
    copyrightNotice: v.copyrightNotice,
    usageTerms: orNull(v.usageTerms),
    ednote: v.pubstatus === 'canceled' ? orNull(v.killReason) ?? orNull(v.ednote) : orNull(v.ednote),
    source: v.source,
    webUrl: v.pubstatus === 'usable' ? orNull(v.url) : null,
    image: v.image
      ? {
          href: rendition?.href ?? v.image.href,
          alt: v.image.alt,
          caption: v.image.caption,
          credit: v.image.credit,
          width: rendition?.width ?? v.image.width,
          height: rendition?.height ?? v.image.height,
          bytes: null,
          mime: rendition?.contentType ?? v.image.contentType,
        }
      : null,
  };
}
