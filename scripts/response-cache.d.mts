import type { IncomingMessage, ServerResponse } from 'node:http';

export const NOT_FOUND_PROBE: string;
export function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null;

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export function createResponseCache(options?: {
  maxAgeMs?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  now?: () => number;
  /** The site's not-found page as the server renders it (for 404s that Next draws in the browser). */
  notFoundPage?: () => Promise<string | null>;
  /** The value of NOT_FOUND_PROBE on the request that fetches the not-found page itself. */
  notFoundProbe?: string;
  /** The build's preview id: an `x-prerender-revalidate` header equal to it empties the cache. */
  previewModeId?: string | null;
  /** The longest a request waits for another's answer to the same page (default 5 s). */
  waitLimitMs?: number;
  /** Where renders of pages not yet asked for wait their turn (scripts/render-queue.mjs); none: all at once. */
  renders?: { run(task: () => Promise<unknown>): boolean };
}): {
  handle(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<unknown>;
  invalidate(): void;
  sweep(): void;
  size(): { entries: number; bytes: number };
};
