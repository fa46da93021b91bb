import { z } from 'zod';

// Positions in the wire API's list (newest version first): the version's time, then its item id.
// `cursor` pages to older versions; `since` asks only for versions newer than a time or a cursor,
// so a client polls for changes. Anything we did not issue is a 400 with a message, never a 500.

export type Position = { at: number; itemId: number };

const MAX_TEXT = 200;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
// Times from 2000 to 2200: anything else is a typo, not a wish.
const MIN_AT = Date.UTC(2000, 0, 1);
const MAX_AT = Date.UTC(2200, 0, 1);
// Item ids are 32-bit integer columns on PostgreSQL: a larger one in a cursor would fail the query.
export const MAX_ITEM_ID = 2_147_483_647;
const positionSchema = z.tuple([z.number().int().min(0).max(MAX_AT), z.number().int().positive().max(MAX_ITEM_ID)]);

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function encodeCursor(p: Position): string {
  return Buffer.from(JSON.stringify([p.at, p.itemId])).toString('base64url');
}

export function decodeCursor(text: string): Position | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const parsed = positionSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { at: parsed.data[0], itemId: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** `cursor=`: a position we issued. */
export function parseCursor(text: string | null): Parsed<Position | null> {
  if (text === null) return { ok: true, value: null };
  if (text.length > MAX_TEXT) return { ok: false, message: `cursor is longer than ${MAX_TEXT} characters; use the "next" value of a previous answer.` };
  const p = decodeCursor(text);
  return p ? { ok: true, value: p } : { ok: false, message: 'cursor is not one this API issued; use the "next" value of a previous answer.' };
}

/**
 * `since=`: an ISO 8601 time with a zone (2026-12-02T08:00:00Z), or a cursor (the "poll" value of
 * a previous answer). A time means "versions created after it"; a cursor "after that position".
 */
export function parseSince(text: string | null): Parsed<Position | null> {
  if (text === null) return { ok: true, value: null };
  if (text.length > MAX_TEXT) return { ok: false, message: `since is longer than ${MAX_TEXT} characters; give an ISO 8601 time or a "poll" value.` };
  if (ISO.test(text)) {
    const at = Date.parse(text);
    if (Number.isNaN(at) || at < MIN_AT || at > MAX_AT) return { ok: false, message: 'since is not a time between 2000 and 2200.' };
    // Every version at or before this time is "seen": the largest item id breaks the tie.
    return { ok: true, value: { at, itemId: MAX_ITEM_ID } };
  }
  const p = decodeCursor(text);
  return p ? { ok: true, value: p } : { ok: false, message: 'since must be an ISO 8601 time with a zone (2026-12-02T08:00:00Z) or the "poll" value of a previous answer.' };
}

/** Position order: newer first (a later time, then a larger item id). */
export function isNewer(a: Position, b: Position): boolean {
  return a.at > b.at || (a.at === b.at && a.itemId > b.itemId);
}

/** `limit=`: 1–100, 20 when absent. */
export function parseLimit(text: string | null): Parsed<number> {
  if (text === null) return { ok: true, value: 20 };
  if (!/^\d{1,3}$/.test(text) || Number(text) < 1 || Number(text) > 100) return { ok: false, message: 'limit must be a whole number from 1 to 100.' };
  return { ok: true, value: Number(text) };
}
