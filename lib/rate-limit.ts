/**
 * Fixed-window request counter per key, in memory. One server process keeps its own counts; that
 * is the deployment we ship (one Node process per SQLite file). Pure apart from the clock.
 */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 50_000,
  ) {}

  hit(key: string, now = Date.now()): RateLimitResult {
    if (this.limit <= 0) return { allowed: true };
    let entry = this.windows.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      if (this.windows.size >= this.maxKeys) this.sweep(now);
      entry = { start: now, count: 0 };
      this.windows.set(key, entry);
    }
    entry.count += 1;
    if (entry.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((entry.start + this.windowMs - now) / 1000)) };
  }

  private sweep(now: number) {
    for (const [key, entry] of this.windows) if (now - entry.start >= this.windowMs) this.windows.delete(key);
    // Still full of live windows (a flood of distinct keys): start over rather than grow without bound.
    if (this.windows.size >= this.maxKeys) this.windows.clear();
  }
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
