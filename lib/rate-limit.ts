import 'server-only';
import { countRateLimitHit, pruneRateLimitHits } from '@/db/queries/rate-limits';

/**
 * Fixed-window request counter per key, kept in the database (`rate_limit_hits`), so every app
 * instance behind the front counts against one limit: a client spreading its requests over two
 * instances gets the limit once, not once per instance. A key's window begins with its first
 * request, as it did when the counts lived in memory.
 */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counters of windows older than this are deleted; no limiter may use a longer window. */
const KEEP_MS = 10 * 60_000;
const PRUNE_EVERY_MS = 60_000;
let lastPrune = 0;

export class RateLimiter {
  constructor(
    /** Names the limit in the table ('search', 'api', …): the same key in two buckets counts apart. */
    private readonly bucket: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    if (windowMs > KEEP_MS) throw new Error(`rate limit window of ${windowMs} ms is longer than the ${KEEP_MS} ms its counters are kept`);
  }

  async hit(key: string, now = Date.now()): Promise<RateLimitResult> {
    if (this.limit <= 0) return { allowed: true };
    const { hits, windowStart } = await countRateLimitHit(this.bucket, key, this.windowMs, now);
    await housekeeping(now);
    if (hits <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowStart + this.windowMs - now) / 1000)) };
  }
}

// Every new client adds a row per window; prune at most once a minute per process (pruning is
// idempotent, so several instances doing it costs nothing but a cheap delete).
async function housekeeping(now: number) {
  if (Math.abs(now - lastPrune) < PRUNE_EVERY_MS) return;
  lastPrune = now;
  await pruneRateLimitHits(new Date(now - KEEP_MS));
}

/**
 * The client's address: from X-Forwarded-For only behind a trusted reverse proxy, otherwise the
 * socket address our server (scripts/server.mjs) writes into x-client-ip, overwriting whatever
 * the client sent. A shared bucket when neither is known.
 * Behind the proxy, the entry it added is the last one: everything before it came from the client
 * and is whatever the client chose (issue 11: rotating it escaped the sign-in throttle).
 */
export function clientKey(headers: Headers, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return headers.get('x-client-ip')?.trim() || 'unknown';
}

/** The answer to a client over its limit: plain text, or the content API's JSON error. */
export function tooManyRequests(retryAfterSeconds: number, json: boolean) {
  // Same error shape and CORS as the content API's own answers (lib/api/http.ts).
  const body = json
    ? JSON.stringify({ error: { code: 'rate_limited', message: 'Too many requests. Try again shortly.' } })
    : 'Too many requests. Try again shortly.';
  return new Response(body, {
    status: 429,
    headers: {
      'Retry-After': String(retryAfterSeconds),
      'Content-Type': json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...(json ? { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' } : {}),
    },
  });
}
