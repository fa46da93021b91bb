import { createHash } from 'node:crypto';

// Answers of the wire API (/api/wire/v1): keyed, so private to the client and never shared by a
// cache; each carries a strong ETag (hash of the body), answered with 304 when the client has it.

const JSON_TYPE = 'application/json; charset=utf-8';
export const G2_TYPE = 'application/vnd.iptc.g2.newsitem+xml';

export type WireErrorCode = 'unauthorized' | 'bad_request' | 'not_found' | 'not_acceptable' | 'rate_limited' | 'busy' | 'internal';

export function wireError(status: number, code: WireErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { code, message } }), { status, headers: { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers } });
}

/** Wrong, revoked or missing key: one answer for all three, so it says nothing about which. */
export function wireUnauthorized(): Response {
  return wireError(401, 'unauthorized', 'Send a valid API key: Authorization: Bearer <key>.', { 'WWW-Authenticate': 'Bearer realm="wire"' });
}

/** No such item, or one this client may not have: the same answer, so neither reveals the other. */
export function wireNotFound(): Response {
  return wireError(404, 'not_found', 'No such item.');
}

function etagMatches(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((t) => strip(t) === strip(etag));
}

/** A 200 with an ETag, or a bodiless 304 when If-None-Match already names it. */
export function wireConditional(request: Request, body: string, contentType: string, headers: Record<string, string> = {}): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const common = { ETag: etag, 'Cache-Control': 'private, no-cache', Vary: 'Authorization, Accept', ...headers };
  if (etagMatches(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: common });
  return new Response(body, { status: 200, headers: { ...common, 'Content-Type': contentType } });
}

export const wireJson = (request: Request, data: unknown, headers?: Record<string, string>) => wireConditional(request, JSON.stringify(data), JSON_TYPE, headers);

/** `?format=g2` or an Accept naming NewsML-G2 asks for XML; `?format=ninjs`, none or anything else for ninjs. Null: an unknown format. */
export function wantsG2(request: Request): boolean | null {
  const format = new URL(request.url).searchParams.get('format');
  if (format === 'g2') return true;
  if (format === 'ninjs' || format === 'json') return false;
  if (format !== null) return null;
  return (request.headers.get('accept') ?? '').toLowerCase().includes(G2_TYPE);
}
