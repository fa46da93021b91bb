import 'server-only';
import { env } from '@/lib/env';
import { toPlainHtml } from '@/scripts/plain-html.mjs';
import { escapeHtml } from './match';

declare global {
  // Set by scripts/server.mjs (`npm start`): the response cache's kept bytes of a page, if current.
  var __newsKeptPage: ((url: string) => Promise<Buffer | null>) | undefined;
}

/**
 * The search page is the one reader page that answers something new on almost every request, and
 * a React render of the site's chrome costs more than the search itself. So React renders the
 * chrome as a page of its own (app/(site)/search/frame), kept by the server's response cache like
 * any reader page (the content token expires it with the rest), and each search answer is that
 * page with its slot filled in by lib/search/page-html.ts. While the cache holds it, it is taken
 * from the cache in this process (scripts/server.mjs registers the lookup); otherwise it is
 * fetched from this server, which renders and keeps it. No copy is kept here: a second cache
 * would need a second way to expire (the split below is remembered per kept copy, and goes with it).
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

/** The split of each kept copy of the frame, dropped with the copy. */
const splits = new WeakMap<Buffer, SearchFrame>();

function splitKept(kept: Buffer): SearchFrame {
  let frame = splits.get(kept);
  if (!frame) {
    frame = splitFrame(kept.toString('utf8'));
    splits.set(kept, frame);
  }
  return frame;
}

/**
 * The frame: the response cache's current copy, or else fetched from this server, which renders
 * and keeps it. Never throws: a failure is logged and answered with BARE_FRAME.
 */
export async function loadSearchFrame(requestOrigin: string): Promise<SearchFrame> {
  try {
    const kept = await globalThis.__newsKeptPage?.(FRAME_PATH);
    if (kept) return splitKept(kept);
    const response = await fetch(new URL(FRAME_PATH, internalOrigin(requestOrigin)), { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return splitFrame(await response.text());
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'search frame unavailable, answering without it', time: new Date().toISOString(), error: String(error) }));
    return BARE_FRAME;
  }
}
