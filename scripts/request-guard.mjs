// @ts-check
// What scripts/server.mjs answers itself, before the request reaches the response cache or Next:
// requests Next would turn into a 500 without security headers (issue 11), and headers from
// outside that only the framework itself may send.
//
// - A path whose percent-encoding does not decode (`/%ff`, `/authors/%c0`): 400.
// - A method the site does not use (TRACE, CONNECT, PROPFIND...): 405.
// - A server-action POST (`Next-Action`) to a reader page: reader pages have no actions, and Next
//   would look the id up in other routes (running another page's action, or forwarding the request
//   to itself and resetting the connection). Foreign Origin: 403 (cross-site forgery); else 404.
// - An address longer than MAX_URL_CHARS (outside /search, whose route says it in the site's
//   page): 414, as a small readable page. Node's own header limit is raised (SERVER_OPTIONS) so
//   such a request reaches this guard at all; past even that, `answerClientError` sends 431 as a
//   page instead of Node's blank one.
// - `x-prerender-revalidate` makes Next render afresh, bypassing every cache: dropped unless it
//   equals this build's preview id (which only Next's own revalidation request carries).
import fs from 'node:fs';
import path from 'node:path';
import { isForeignOrigin } from './same-origin.mjs';
import { COMMON_HEADERS, HSTS, READER_CSP } from './security-headers.mjs';

export const REVALIDATE_HEADER = 'x-prerender-revalidate';
/** Longer addresses than any page of ours: answered 414 here (the search route answers its own). */
export const MAX_URL_CHARS = 8 * 1024;
/** Node's default header limit (16 KB) would drop a long search with a blank 431 before any of our code ran. */
export const SERVER_OPTIONS = { maxHeaderSize: 64 * 1024 };
const SEARCH_PATH = /^\/search(?:\?|$)/;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
// Where the site's server actions live; next.config.ts gives these no reader policy either.
const ACTION_PATHS = /^\/(?:admin|login|invite)(?:[/?]|$)/;
const NEWSROOM_POLICY = /^\/(?:admin|login)/;

/**
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 */

/** The preview id of the build in `distDir` (Next's prerender manifest), or null without one. @param {string} distDir */
export function readPreviewModeId(distDir) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8'));
    const id = manifest?.preview?.previewModeId;
    return typeof id === 'string' && id.length > 0 ? id : null;
  } catch {
    return null;
  }
}

/** Whether a path's percent-encoding decodes. @param {string} pathname */
function decodes(pathname) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A request header that came once, as a string. @param {Req} req @param {string} name */
function singleHeader(req, name) {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Answers in plain text with the site's security headers (the same as next.config.ts sends).
 * @param {Req} req @param {Res} res @param {number} status @param {string} text @param {Record<string, string>} [extra]
 */
export function refuse(req, res, status, text, extra = {}) {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  /** @type {Record<string, string>} */
  const headers = Object.fromEntries(COMMON_HEADERS.map(({ key, value }) => [key, value]));
  headers['Content-Security-Policy'] = NEWSROOM_POLICY.test(pathname) ? `default-src 'none'; frame-ancestors 'none'` : READER_CSP;
  if (req.headers['x-forwarded-proto'] === 'https') headers['Strict-Transport-Security'] = HSTS;
  const body = `${text}\n`;
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** A small page of the site's, readable without styles or scripts, for answers given before the app. @param {string} title @param {string} text */
export function errorPageHtml(title, text) {
  const escape = (/** @type {string} */ v) => v.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escape(title)}</title>` +
    `<style>body{font:1.05rem/1.6 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#171717;background:#fff}` +
    `a{color:#1d4ed8}@media (prefers-color-scheme:dark){body{color:#e5e5e5;background:#0a0a0a}a{color:#93c5fd}}</style></head>` +
    `<body><main><h1>${escape(title)}</h1><p>${escape(text)}</p>` +
    `<p><a href="/">Latest news</a> · <a href="/search">Search stories</a></p></main></body></html>`
  );
}

/**
 * Answers with a small HTML page and the site's security headers.
 * @param {Req} req @param {Res} res @param {number} status @param {string} title @param {string} text
 */
function refusePage(req, res, status, title, text) {
  /** @type {Record<string, string>} */
  const headers = Object.fromEntries(COMMON_HEADERS.map(({ key, value }) => [key, value]));
  const body = errorPageHtml(title, text);
  res.writeHead(status, { ...headers, 'Content-Security-Policy': READER_CSP, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

const TOO_LONG = 'The address is too long for any page of this site. Check the link, or start again from the front page or the search.';

/**
 * A request Node could not read (its headers past SERVER_OPTIONS.maxHeaderSize, a malformed
 * request): answered as a page where the socket still takes one, instead of Node's bare status.
 * @param {Error & { code?: string }} error @param {import('node:stream').Duplex} socket
 */
export function answerClientError(error, socket) {
  if (!socket.writable || error.code === 'ECONNRESET') return socket.destroy();
  const overflow = error.code === 'HPE_HEADER_OVERFLOW';
  const status = overflow ? '431 Request Header Fields Too Large' : '400 Bad Request';
  const body = overflow ? errorPageHtml('Request too large', TOO_LONG) : errorPageHtml('Bad request', 'The browser sent a request this site cannot read.');
  const headers = [...COMMON_HEADERS.map(({ key, value }) => `${key}: ${value}`), `Content-Security-Policy: ${READER_CSP}`, 'Content-Type: text/html; charset=utf-8', 'Cache-Control: no-store', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'];
  socket.end(`HTTP/1.1 ${status}\r\n${headers.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * Answers the requests the server must not hand on, and removes what a client may not send.
 * Returns true when the request was answered here.
 * @param {Req} req @param {Res} res @param {{ previewModeId: string | null, trustProxy: boolean }} options
 */
export function guardRequest(req, res, { previewModeId, trustProxy }) {
  if (req.headers[REVALIDATE_HEADER] !== undefined && (previewModeId === null || req.headers[REVALIDATE_HEADER] !== previewModeId)) {
    delete req.headers[REVALIDATE_HEADER];
  }
  const method = req.method ?? 'GET';
  if (!METHODS.has(method)) {
    refuse(req, res, 405, 'Method not allowed.', { Allow: [...METHODS].join(', ') });
    return true;
  }
  const url = req.url ?? '/';
  const pathname = url.split('?')[0] ?? '/';
  if (url.length > MAX_URL_CHARS && !SEARCH_PATH.test(url)) {
    refusePage(req, res, 414, 'Address too long', TOO_LONG);
    return true;
  }
  if (!decodes(pathname)) {
    refuse(req, res, 400, 'Bad request: the address is not valid percent-encoding.');
    return true;
  }
  if (method === 'POST' && req.headers['next-action'] !== undefined && !ACTION_PATHS.test(url)) {
    if (isForeignOrigin((name) => singleHeader(req, name), trustProxy)) refuse(req, res, 403, 'Cross-site request refused.');
    else refuse(req, res, 404, 'No such action.');
    // The body is not read: close the connection rather than parse what follows as a request.
    res.shouldKeepAlive = false;
    return true;
  }
  return false;
}
