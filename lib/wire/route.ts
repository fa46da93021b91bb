import 'server-only';
import { findKeyByPrefix, logWireRequest, productsOfClient } from '@/db/queries/wire-clients';
import { RateLimiter } from '@/lib/rate-limit';
import { bearerKey, hashKey, keyMatches, keyPrefix } from './keys';
import type { Product } from './products';
import { wireError, wireUnauthorized } from './http';

// The one door of the wire API (/api/wire/v1), beside lib/action.ts's door for staff actions:
//   1. authenticate the Bearer key (its public prefix finds the row, the hash is compared in
//      constant time); wrong, revoked, missing key or deactivated client: 401, run nothing;
//   2. the key's own rate limit, counted in the database under the key's id (never anything the
//      client sends, such as an address header), so it holds across instances;
//   3. run the handler with the client and its products (the handler filters by them);
//   4. log the request for the client (time, path, status), whatever the answer.

export type WireCaller = { clientId: number; keyId: number; products: Product[] };

type Handler<P> = (request: Request, caller: WireCaller, params: P) => Promise<Response>;

// Compared against when no key row exists, so a miss costs what a hit does.
const NO_KEY_HASH = hashKey('no key has this hash');

export function wireRoute<P>(handler: Handler<P>): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
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
      try {
        const caller = { clientId: found.clientId, keyId: found.keyId, products: await productsOfClient(found.clientId) };
        response = await handler(request, caller, await context.params);
      } catch (error) {
        console.error('Wire API error', error);
        response = wireError(500, 'internal', 'Something went wrong. Please try again later.');
      }
    }
    await logWireRequest({ clientId: found.clientId, keyId: found.keyId, path: new URL(request.url).pathname, status: response.status });
    return response;
  };
}
