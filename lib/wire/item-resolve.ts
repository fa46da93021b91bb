import type { WireVersionRow } from '@/db/queries/wire';
import type { NoteKind, WireChange, WireGenre, WirePubstatus } from '@/lib/domain';
import { languageTag } from '@/lib/locale-tags';
import type { SiteSettings } from '@/lib/site-settings';
import { VARIANT_WIDTHS } from '@/lib/uploads';
import { mediaTopic } from './media-topics';
import { datelineText, wireRights } from './snapshot';

// A stored version of a wire item resolved for clients (issue 12): every piece of metadata filled
// in (the site's language when the story has none, the default rights, absolute addresses). Pure:
// lib/wire/item.ts reads the versions, the outbox resolves the one its transaction just wrote.

export type WireRendition = { href: string; width: number | null; height: number | null; contentType: string | null };

/** One version of a wire item, resolved for clients. Times are ISO 8601 in UTC. */
export type WireItemVersion = {
  uri: string;
  articleId: number;
  version: number;
  pubstatus: WirePubstatus;
  /** What made this version: publish, update, correction, withhold, kill, lift. */
  change: WireChange;
  /** The embargo this version carries (clients may not publish before it), or null. */
  embargoed: string | null;
  embargoNote: string;
  /** When this version became available to clients (a scheduled story: its publication time). */
  versioncreated: string;
  /** When the item's first version became available. */
  firstcreated: string;
  /** The same instant as versioncreated, in ms, for cursors. */
  availableAt: number;
  slugline: string;
  urgency: number;
  headline: string;
  dek: string;
  /** Sanitized story HTML, without the dateline (see `dateline.text`). */
  body: string;
  bodyText: string;
  /** The place and the line readers see in front of the body ("CARACAS, Jan 20 (Meridian Wire) –"); null without a place. */
  dateline: { place: string; text: string } | null;
  /** BCP 47: the story's own, else the site's. */
  language: string;
  genre: WireGenre;
  /** IPTC Media Topics (qcodes medtop:…), with their English labels. */
  subjects: { qcode: string; name: string }[];
  section: { slug: string; name: string } | null;
  tags: { slug: string; name: string }[];
  bylines: { name: string; slug: string; jobTitle: string; href: string }[];
  image: { href: string; alt: string; caption: string; credit: string; width: number | null; height: number | null; contentType: string | null; renditions: WireRendition[] } | null;
  /** A partner's material: who it comes from. */
  source: { name: string; url: string | null } | null;
  copyrightHolder: string;
  copyrightNotice: string;
  usageTerms: string;
  /** For client editors only (never on our site, feeds or structured data). */
  ednote: string;
  correctionNote: string | null;
  notes: { kind: NoteKind; body: string; at: string }[];
  /** The story's public address (it answers only while the story is public; 410 once killed). */
  url: string;
  /** Readers' publication time (an embargoed story: its lift time) and "Updated" time. */
  publishedAt: string | null;
  updatedAt: string | null;
  /** Why it was killed (canceled versions only). */
  killReason: string | null;
};

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function renditions(site: SiteSettings, path: string, width: number | null, height: number | null, mime: string | null): WireRendition[] {
  const href = `${site.url}${path}`;
  const out: WireRendition[] = [{ href, width, height, contentType: mime }];
  if (!width || !path.startsWith('/media/') || !path.endsWith('.webp')) return out;
  for (const w of VARIANT_WIDTHS) {
    if (w >= width) continue;
    out.push({ href: `${site.url}${path.replace(/\.webp$/, `-w${w}.webp`)}`, width: w, height: height ? Math.round((height * w) / width) : null, contentType: mime });
  }
  return out;
}

/** A stored version resolved against the site's settings (pure: the tests call it directly). */
export function toWireItemVersion(row: WireVersionRow, site: SiteSettings): WireItemVersion {
  const s = row.item;
  const rights = wireRights(s, site.name);
  const placeAt = s.publishedAt ?? row.availableAt;
  return {
    uri: s.uri,
    articleId: row.articleId,
    version: row.version,
    pubstatus: row.pubstatus,
    change: row.change,
    embargoed: iso(row.embargoed),
    embargoNote: row.embargoed === null ? '' : s.embargoNote,
    versioncreated: new Date(row.availableAt).toISOString(),
    firstcreated: new Date(s.firstCreatedAt).toISOString(),
    availableAt: row.availableAt,
    slugline: s.slugline,
    urgency: s.urgency,
    headline: s.headline,
    dek: s.dek,
    body: s.body,
    bodyText: s.bodyText,
    dateline: s.dateline ? { place: s.dateline, text: datelineText(s.dateline, placeAt, site.timeZone, site.name) } : null,
    language: s.language ?? languageTag(site.locale),
    genre: s.genre,
    subjects: s.mediaTopics.map((qcode) => ({ qcode, name: mediaTopic(qcode)?.label ?? qcode })),
    section: s.section,
    tags: s.tags,
    bylines: s.bylines.map((b) => ({ ...b, href: `${site.url}/authors/${b.slug}` })),
    image: s.image
      ? {
          href: `${site.url}${s.image.path}`,
          alt: s.image.alt,
          caption: s.image.caption,
          credit: s.image.credit,
          width: s.image.width,
          height: s.image.height,
          contentType: s.image.mime,
          renditions: renditions(site, s.image.path, s.image.width, s.image.height, s.image.mime),
        }
      : null,
    source: s.source,
    copyrightHolder: rights.holder,
    copyrightNotice: rights.notice,
    usageTerms: s.usageTerms,
    ednote: s.ednote,
    correctionNote: s.correctionNote,
    notes: s.notes.map((n) => ({ kind: n.kind, body: n.body, at: new Date(n.at).toISOString() })),
    url: s.section ? `${site.url}/${s.section.slug}/${s.slug}` : `${site.url}/`,
    publishedAt: iso(s.publishedAt),
    updatedAt: iso(s.updatedAt),
    killReason: row.pubstatus === 'canceled' ? s.killReason : null,
  };
}
