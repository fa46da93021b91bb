import type { NoteKind } from '@/lib/domain';
import type { WireFields } from '@/lib/validation/wire';

// What one wire version holds (issue 12): the story's facts as they were when the version was
// written, stored as JSON in wire_versions.item. Raw on purpose: what depends on the site (its
// language, name, address) is resolved when the version is read (lib/wire/item.ts), so a version
// written before a settings change reads with today's site address. Pure: importable anywhere.

/**
 * The story's wire fields as the newsroom stores them (WireFields, but the embargo time, which
 * lives in the version's own columns), and the story itself. In a snapshot, `mediaTopics` holds
 * the section's default topics when none were picked, and a null `copyrightHolder` means the
 * default (the partner's when the story has a source, else the agency's).
 */
export type WireSnapshot = Omit<WireFields, 'embargoUntil'> & {
  /** The stable item id: urn:meridianwire:item:<story id>. */
  uri: string;
  /** When the item's first version became available to clients (ms), kept by every later version. */
  firstCreatedAt: number;
  slug: string;
  section: { slug: string; name: string } | null;
  headline: string;
  dek: string;
  /** Sanitized story HTML, as the site shows it (without the dateline, which readers get in front of it). */
  body: string;
  bodyText: string;
  bylines: { name: string; slug: string; jobTitle: string }[];
  tags: { slug: string; name: string }[];
  image: { path: string; alt: string; caption: string; credit: string; width: number | null; height: number | null; mime: string | null } | null;
  source: { name: string; url: string | null } | null;
  correctionNote: string | null;
  notes: { kind: NoteKind; body: string; at: number }[];
  /** Readers' publication time (the lift time of an embargoed story) and their "Updated" time (ms). */
  publishedAt: number | null;
  updatedAt: number | null;
  /** Why it was killed (canceled versions only). */
  killReason: string | null;
};

export const WIRE_URI_PREFIX = 'urn:meridianwire:item:';

export function wireUri(articleId: number): string {
  return `${WIRE_URI_PREFIX}${articleId}`;
}

/** The story id a wire uri names, or null when it is not one of ours. */
export function articleIdOfUri(uri: string): number | null {
  if (!uri.startsWith(WIRE_URI_PREFIX)) return null;
  const id = Number(uri.slice(WIRE_URI_PREFIX.length));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The line in front of a story's body: "CARACAS, Jan 20 (Meridian Wire) –". The place in capitals,
 * the day of publication in the site's zone, the agency's name; empty without a place.
 */
export function datelineText(place: string, at: number, timeZone: string, agency: string): string {
  const trimmed = place.trim();
  if (!trimmed) return '';
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric' });
    dayFormats.set(timeZone, format);
  }
  return `${trimmed.toLocaleUpperCase('en')}, ${format.format(new Date(at))} (${agency}) –`;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Story HTML with the dateline line at the start of its first paragraph (or in one of its own). */
export function withDateline(html: string, line: string): string {
  if (!line) return html;
  const lead = `<span class="story-dateline font-semibold">${escapeText(line)}</span> `;
  return /^\s*<p>/.test(html) ? html.replace(/^\s*<p>/, (p) => p + lead) : `<p>${lead}</p>${html}`;
}

/** Who holds the rights and the notice clients print: the story's own, else the partner's, else ours. */
export function wireRights(
  story: { copyrightHolder: string | null; copyrightNotice: string | null; source: { name: string } | null; publishedAt: number | null },
  agency: string,
): { holder: string; notice: string } {
  const partner = story.source?.name ?? null;
  const year = new Date(story.publishedAt ?? Date.now()).getUTCFullYear();
  return {
    holder: story.copyrightHolder ?? partner ?? agency,
    notice: story.copyrightNotice ?? (partner ? `Source: ${partner}` : `© ${year} ${agency}. All rights reserved.`),
  };
}
