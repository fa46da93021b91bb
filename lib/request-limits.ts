// How much a request may carry. Pure, so next.config.ts, proxy.ts and client forms share it.

/**
 * The largest server action request we accept: an image upload at its 10 MB cap (author photos and
 * the site logo go through actions) plus the form around it. Next answers anything larger with a
 * 500 and its error page, so proxy.ts refuses such requests first with a plain 413.
 */
export const ACTION_BODY_LIMIT_BYTES = 12 * 1024 * 1024;

/** Characters a story body may have, as sent and again once sanitized. */
export const MAX_BODY_CHARS = 400_000;

/** The editor's own check before it sends a save: an oversize body never leaves the browser. */
export function bodyLengthError(body: string): string | null {
  if (body.length <= MAX_BODY_CHARS) return null;
  return `The story body is too long (${body.length.toLocaleString('en-GB')} characters, at most ${MAX_BODY_CHARS.toLocaleString('en-GB')}). Nothing was sent; shorten it and save again.`;
}
