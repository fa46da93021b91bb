import 'server-only';
import { env } from '@/lib/env';
import { toPlainHtml } from '@/scripts/plain-html.mjs';
import { escapeHtml } from './match';

/**
 * The search page is the one reader page that answers something new on almost every request, and
 * a React render of the site's chrome costs more than the search itself. So React renders the
 * chrome as a page of its own (app/(site)/search/frame), fetched from this server like any reader
 * page (so the server's response cache answers it, and the content token expires it with the rest),
 * and each search answer is that page with its slot filled in by lib/search/page-html.ts. No copy
 * is kept here: a second cache would need a second way to expire.
 */
export const FRAME_PATH = '/search/frame';
/** What the frame page renders where the search content goes. */
export const FRAME_SLOT = '<div data-search-slot=""></div>';
export type SearchFrame = { before: string; after: string };

/** The frame's page split around its slot; throws when the page is not a frame. */
export function splitFrame(html: string): SearchFrame {
  const plain = toPlainHtml(html) ?? html;
  const at = plain.indexOf(FRAME_SLOT);
  if (at < 0 || plain.indexOf(FRAME_SLOT, at + 1) >= 0) throw new Error('search frame: the page does not hold exactly one slot');
  return { before: plain.slice(0, at), after: plain.slice(at + FRAME_SLOT.length) };
}

/**
 * A search page: the frame around `content`, titled `title` (plain text). The frame's title reads
 * "Search | Site name"; its first word is replaced.
 */
export function fillFrame(frame: SearchFrame, title: string, content: string): string {
  const before = frame.before.replace(/<title>Search(?=[ <])/, () => `<title>${escapeHtml(title)}`);
  return before + content + frame.after;
}

/**
 * Where this process answers HTTP. scripts/server.mjs sets INTERNAL_ORIGIN to its own loopback
 * address, so the frame is never fetched through a public host name or a front proxy; under
 * `next dev` the request's own origin is used.
 */
function internalOrigin(requestOrigin: string): string {
  return env.INTERNAL_ORIGIN ?? requestOrigin;
}

/**
 * When the frame cannot be had (the server unreachable at INTERNAL_ORIGIN, the frame page
 * failing): readers still get their results, in a page without the site's chrome and styles.
 */
export const BARE_FRAME: SearchFrame = {
  before:
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
    '<title>Search</title><meta name="robots" content="noindex, follow"/></head><body><main id="main">',
  after: '</main></body></html>',
};

/**
 * The frame, fetched from this server (from its response cache when it holds the page). Never
 * throws: a failure is logged and answered with BARE_FRAME.
 */
export async function loadSearchFrame(requestOrigin: string): Promise<SearchFrame> {
  try {
    const response = await fetch(new URL(FRAME_PATH, internalOrigin(requestOrigin)), { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return splitFrame(await response.text());
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'search frame unavailable, answering without it', time: new Date().toISOString(), error: String(error) }));
    return BARE_FRAME;
  }
}
