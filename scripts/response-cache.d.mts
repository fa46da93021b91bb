import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContentState } from './content-state.mjs';

export const NOT_FOUND_PROBE: string;
export const READER_CACHE_CONTROL: string;
export function chooseEncoding(header: string | string[] | undefined): 'br' | 'gzip' | null;

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export function createResponseCache(options?: {
  maxAgeMs?: number;
  maxBytes?: number;
  maxEntryBytes?: number;
  now?: () => number;
  /** The database's content token and next due time (scripts/content-state.mjs); null while it cannot be read. Default: one fixed token. */
  contentState?: () => ContentState | null | Promise<ContentState | null>;
  /** The site's not-found page as the server renders it (for 404s that Next draws in the browser). */
  notFoundPage?: () => Promise<string | null>;
  /** The value of NOT_FOUND_PROBE on the request that fetches the not-found page itself. */
  notFoundProbe?: string;
  /** The build's preview id: an `x-prerender-revalidate` header equal to it passes through uncached. */
  previewModeId?: string | null;
  /** The longest a request waits for another's answer to the same page (default 5 s). */
  waitLimitMs?: number;
  /** Where renders of pages not yet asked for wait their turn (scripts/render-queue.mjs); none: all at once. */
  renders?: { run(task: () => Promise<unknown>): boolean };
}): {
  handle(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<unknown>;
  /** The kept bytes of a plain-HTTP request for `url` when a request would be answered from the cache, else null. */
  peek(url: string): Promise<Buffer | null>;
  sweep(): void;
  size(): { entries: number; bytes: number };
};
