import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export function createResponseCache(options?: { maxAgeMs?: number; maxBytes?: number; maxEntryBytes?: number; now?: () => number }): {
  handle(req: IncomingMessage, res: ServerResponse, next: Handler): Promise<unknown>;
  invalidate(): void;
  sweep(): void;
  size(): { entries: number; bytes: number };
};
