// One version of one wire item, as the client side (wire API, push delivery, product filters) reads
// it. Pure types: the story side of issue 12 owns where versions come from; until its interface
// lands, db/queries/wire-source.ts maps today's stories onto this shape, and swapping that adapter
// for the story side's versions is the only change the client side needs.

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
