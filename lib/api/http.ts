import { createHash } from 'node:crypto';

/** Read-only and public: any origin may read, with the validators exposed for conditional requests. */
export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Link',
  'Access-Control-Max-Age': '86400',
};

const JSON_TYPE = 'application/json; charset=utf-8';

export type ApiErrorCode = 'bad_request' | 'not_found' | 'internal';

/** A JSON error body `{ error: { code, message, details? } }`; never a stack trace. */
export function apiError(status: number, code: ApiErrorCode, message: string, details?: unknown): Response {
  const body = JSON.stringify({ error: { code, message, ...(details === undefined ? {} : { details }) } });
  return new Response(body, { status, headers: { ...CORS_HEADERS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' } });
}

/** A path slug outside the documented pattern (public/openapi.json): a malformed request, not a missing resource. */
export const badSlug = () => apiError(400, 'bad_request', 'A slug is lowercase letters and digits joined by single hyphens, at most 120 characters.');

/** Answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  // Weak comparison (RFC 9110 13.1.2): W/"x" and "x" match.
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => strip(t) === strip(etag));
}

/** Whether the client's copy is current: If-None-Match wins; If-Modified-Since only without it. */
export function isNotModified(request: Request, etag: string, lastModified: number): boolean {
  const inm = request.headers.get('if-none-match');
  if (inm !== null) return etagMatches(inm, etag);
  const ims = request.headers.get('if-modified-since');
  if (ims === null) return false;
  const since = Date.parse(ims);
  // HTTP dates have whole seconds.
  return !Number.isNaN(since) && Math.floor(lastModified / 1000) * 1000 <= since;
}

/**
 * A 200 JSON response with a strong ETag (hash of the body) and Last-Modified, or a bodiless 304
 * when the request's validators show the client already has it.
 */
export function conditionalJson(request: Request, data: unknown, lastModified: number, extraHeaders: Record<string, string> = {}): Response {
  const body = JSON.stringify(data);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    ...extraHeaders,
    ETag: etag,
    'Last-Modified': new Date(lastModified).toUTCString(),
    // Clients and CDNs may keep a copy but must revalidate it (cheap with the validators).
    'Cache-Control': 'public, max-age=0, must-revalidate',
  };
  if (isNotModified(request, etag, lastModified)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': JSON_TYPE } });
}

/** Runs a handler and turns anything unexpected into a JSON 500 (details stay in the server log). */
export async function guarded(handler: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    console.error('Content API error', error);
    return apiError(500, 'internal', 'Something went wrong. Please try again later.');
  }
}
