// @ts-check
// The one cross-site check for state-changing requests, shared by the production server's request
// guard (scripts/request-guard.mjs, Node's headers) and proxy.ts (the framework's Headers).

/**
 * Whether a request comes from another site: its Origin names another host than ours (the
 * forwarded host behind a trusted proxy), or, without an Origin, the browser says cross-site.
 * @param {(name: string) => string | null | undefined} header a request header by lower-case name
 * @param {boolean} trustProxy
 */
export function isForeignOrigin(header, trustProxy) {
  const host = (trustProxy && header('x-forwarded-host')) || header('host');
  const origin = header('origin');
  if (origin) {
    try {
      return new URL(origin).host !== host;
    } catch {
      return true; // "null" or garbage
    }
  }
  return header('sec-fetch-site') === 'cross-site';
}
