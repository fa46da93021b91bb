import 'server-only';
import { findKeyByPrefix, logWireRequest, productsOfClient } from '@/db/queries/wire-clients';
import { env } from '@/lib/env';
import { RateLimiter } from '@/lib/rate-limit';
import { QUEUE_FULL, TaskQueue } from '@/lib/task-queue';
import { bearerKey, hashKey, keyMatches, keyPrefix } from './keys';
import type { Product } from './products';
import { wireError, wireUnauthorized } from './http';

// The one door of the wire API (/api/wire/v1), beside lib/action.ts's door for staff actions:
//   1. authenticate the Bearer key (its public prefix finds the row, the hash is compared in
//      constant time); wrong, revoked, missing key or deactivated client: 401, run nothing;
//   2. the key's own rate limit, counted in the database under the key's id (never anything the
//      client sends, such as an address header), so it holds across instances;
//   3. run the handler with the client and its products (the handler filters by them), at most
//      WIRE_API_CONCURRENCY at once per process and the rest in arrival order (WIRE_API_QUEUE
//      waiting places, then 503 with Retry-After): an answer holds tens of parsed items and a
//      160 KB string while it is built, so however many pollers connect, the memory they take
//      and the work in flight stay bounded;
//   4. log the request for the client (time, path, status), whatever the answer.

export type WireCaller = { clientId: number; keyId: number; products: Product[] };

type Handler<P> = (request: Request, caller: WireCaller, params: P) => Promise<Response>;

// Kept once per process: route handlers are bundled apart and may each load this module.
const shared = globalThis as typeof globalThis & { [key: symbol]: TaskQueue | undefined };
const QUEUE_KEY = Symbol.for('meridian.wire.answers');
const answers = () => (shared[QUEUE_KEY] ??= new TaskQueue(env.WIRE_API_CONCURRENCY, env.WIRE_API_QUEUE));

// Compared against when no key row exists, so a miss costs what a hit does.
const NO_KEY_HASH = hashKey('no key has this hash');

/** `queue` is for tests; the API's routes share the process's one. */
export function wireRoute<P>(handler: Handler<P>, queue?: TaskQueue): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    const key = bearerKey(request.headers.get('authorization'));
    const prefix = key ? keyPrefix(key) : null;
    if (!key || !prefix) return wireUnauthorized();
    const found = await findKeyByPrefix(prefix);
    const matches = keyMatches(key, found?.keyHash ?? NO_KEY_HASH);
    if (!found || !matches || found.revoked || !found.clientActive) return wireUnauthorized();
    let response: Response;
    const verdict = await new RateLimiter('wire', found.rateLimit, 60_000).hit(`key:${found.keyId}`);
    if (!verdict.allowed) {
      response = wireError(429, 'rate_limited', 'Too many requests for this key. Try again shortly.', { 'Retry-After': String(verdict.retryAfterSeconds) });
    } else {
      const answered = await (queue ?? answers()).run(async () => {
        try {
          const caller = { clientId: found.clientId, keyId: found.keyId, products: await productsOfClient(found.clientId) };
          return await handler(request, caller, await context.params);
        } catch (error) {
          console.error('Wire API error', error);
          return wireError(500, 'internal', 'Something went wrong. Please try again later.');
        }
      });
      response = answered === QUEUE_FULL ? wireError(503, 'busy', 'The wire API is busy. Try again shortly.', { 'Retry-After': '1' }) : answered;
    }
    await logWireRequest({ clientId: found.clientId, keyId: found.keyId, path: new URL(request.url).pathname, status: response.status });
    return response;
  };
}
