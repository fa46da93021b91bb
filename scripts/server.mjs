// @ts-check
// Production server (`npm start`): Next's request handler behind a plain Node HTTP server, for
// what `next start` does not give us:
// - a JSON access log line per request (method, path without query, status, duration, request id);
// - an x-request-id on every response, also handed to the app so error logs carry it;
// - graceful shutdown on SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the
//   database, exit;
// - refusing to start in production without AUTH_SECRET, or with a WebSub hub that is not http(s);
// - the response cache: finished reader pages, each served only while the database's content token
//   is the one it was stamped with (scripts/response-cache.mjs, scripts/content-state.mjs), so hot
//   pages cost about what a static file does and never outlive the data;
// - answers of its own, with the security headers, to what Next would fail on (a malformed address,
//   an unknown method, an action id posted to a reader page), and no framework-only headers from
//   outside (scripts/request-guard.mjs).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { createRenderQueue, renderConcurrencyFor } from './render-queue.mjs';
import { answerClientError, guardRequest, readPreviewModeId, SERVER_OPTIONS } from './request-guard.mjs';
import { createContentStateReader } from './content-state.mjs';
import { createResponseCache, NOT_FOUND_PROBE } from './response-cache.mjs';

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || '0.0.0.0';
const logRequests = process.env.LOG_REQUESTS !== '0';
const trustProxy = process.env.TRUST_PROXY === '1';
const distDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');

if (!process.env.AUTH_SECRET || process.env.AUTH_SECRET.length < 16) {
  console.error(
    JSON.stringify({ level: 'fatal', msg: 'AUTH_SECRET is not set (at least 16 characters). Set it, or use `npm run demo`, which generates one.' }),
  );
  process.exit(1);
}

// A WebSub hub is announced to over HTTP(S) only; anything else is a typo better caught now than
// at the first publish (lib/env.ts refuses it too, for `next start` and `next dev`).
const hub = process.env.WEBSUB_HUB_URL;
if (hub && !(/^https?:\/\/[^/\s]+/i.test(hub) && URL.canParse(hub))) {
  console.error(JSON.stringify({ level: 'fatal', msg: `WEBSUB_HUB_URL must be an http:// or https:// address of a WebSub hub (it may carry credentials, so it is not repeated here). Unset it to run without a hub.` }));
  process.exit(1);
}

// Reader pages render from the database on request; older builds kept Next's data and page caches
// on disk in the build folder, where they outlived restarts and switches of database. Left-overs
// of those are removed.
fs.rmSync(path.join(distDir, 'cache', 'fetch-cache'), { recursive: true, force: true });
fs.rmSync(path.join(distDir, 'server', 'route-cache'), { recursive: true, force: true });
// Only Next's own revalidation request carries it; any other x-prerender-revalidate is dropped.
const previewModeId = readPreviewModeId(distDir);

// The app fetches pages of its own from this server (the search page's frame, lib/search/frame.ts):
// over loopback, never through a public name or a front proxy.
const loopback = ['0.0.0.0', '::', 'localhost'].includes(hostname) ? '127.0.0.1' : hostname;
process.env.INTERNAL_ORIGIN = `http://${loopback.includes(':') ? `[${loopback}]` : loopback}:${port}`;

// Next resolves proxy rewrites against http://<hostname>:<port>; it must be the name the proxy's
// URLs use ('localhost'), or every rewrite becomes an HTTP round trip to ourselves.
const app = next({ dev: false, hostname: 'localhost', port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

// RESPONSE_CACHE_MS=0 turns the response cache off (then every request goes to Next's handler).
// Writes and scheduled stories expire pages through the content token; this bounds what changes
// with time alone (the news sitemap's 48-hour window).
const responseCacheMs = Number(process.env.RESPONSE_CACHE_MS ?? 60_000);
// The content token is read through the data layer, which the app registers from
// instrumentation.ts (this file is plain Node and cannot import it); until it has, nothing is kept.
/** @type {{ __newsReadContentState?: () => Promise<{ token: string, nextChangeAt: number | null }>, __newsContentChanged?: () => void, __newsKeptPage?: (url: string) => Promise<Buffer | null> }} */
const hooks = /** @type {any} */ (globalThis);
const contentState = createContentStateReader({
  read: () => (hooks.__newsReadContentState ? hooks.__newsReadContentState() : Promise.reject(new Error('the app has not registered its content-state reader'))),
  intervalMs: Number(process.env.CONTENT_STATE_MS ?? 100),
  onError: (error) => console.error(JSON.stringify({ level: 'error', msg: 'content token unavailable: reader pages are not cached until it is', time: new Date().toISOString(), error: String(error) })),
});
// A newsroom write in this process (lib/newsroom-cache.ts): the next request reads the token afresh.
hooks.__newsContentChanged = () => contentState.changed();
// Next draws a 404 from `notFound()` inside a page in the browser; an address that no route
// matches gets the site's not-found page rendered here. The reader edge sends that instead.
const notFoundProbe = crypto.randomUUID();
async function notFoundPage() {
  const res = await fetch(`${process.env.INTERNAL_ORIGIN}/_/_/not-found`, { headers: { [NOT_FOUND_PROBE]: notFoundProbe }, signal: AbortSignal.timeout(5000) });
  return res.status === 404 ? res.text() : null;
}
// Renders of pages no reader has asked for yet (a crawler's) run a few at a time (one on SQLite,
// two on PostgreSQL; RENDER_CONCURRENCY), so pages readers keep asking for are answered between
// them (scripts/render-queue.mjs).
const renderConcurrency = renderConcurrencyFor(process.env);
const renders = createRenderQueue({ concurrency: renderConcurrency, maxWaiting: 1024 });
const responseCache =
  responseCacheMs > 0 ? createResponseCache({ maxAgeMs: responseCacheMs, contentState: () => contentState.current(), notFoundPage, notFoundProbe, previewModeId, renders }) : null;
if (responseCache) setInterval(() => responseCache.sweep(), 30_000).unref();
// The search route takes its frame from here while it is kept (lib/search/frame.ts), not by a
// request to this server.
if (responseCache) hooks.__newsKeptPage = (url) => responseCache.peek(url);

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

const server = http.createServer(SERVER_OPTIONS, (req, res) => {
  const started = process.hrtime.bigint();
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  req.headers['x-request-id'] = id;
  // The socket address, for per-client rate limits; overwrites anything the client sent.
  req.headers['x-client-ip'] = req.socket.remoteAddress ?? 'unknown';
  // The path asked for, so the reader header can mark the current section (a layout is not told
  // its URL); overwrites anything the client sent. Cached pages are keyed by the same path.
  req.headers['x-reader-path'] = (req.url ?? '/').split('?')[0];
  res.setHeader('x-request-id', id);
  if (logRequests) {
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const path = (req.url ?? '/').split('?')[0];
      process.stdout.write(
        `${JSON.stringify({ level: 'info', msg: 'request', time: new Date().toISOString(), id, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 })}\n`,
      );
    });
  }
  if (guardRequest(req, res, { previewModeId, trustProxy })) return;
  if (responseCache) void responseCache.handle(req, res, handle);
  else void handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.on('clientError', answerClientError);

server.listen(port, hostname, () => {
  console.log(JSON.stringify({ level: 'info', msg: 'listening', url: `http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}` }));
});

let stopping = false;
/** @param {NodeJS.Signals} signal */
function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ level: 'info', msg: 'shutting down', signal }));
  // server.close() stops accepting, closes idle keep-alive connections and waits for requests in
  // progress. Connections that fall idle after that (a client's, or this server's own loopback
  // requests for the search frame and the not-found page) would be held open until their
  // keep-alive timeout: they are closed as they come. Safety net: never hang forever.
  setTimeout(() => process.exit(1), 15_000).unref();
  setInterval(() => server.closeIdleConnections(), 100).unref();
  server.close(async () => {
    try {
      await app.close();
    } catch {}
    // Set by db/client.ts, so the database closes cleanly after the last request: SQLite's
    // handles, or PostgreSQL's pool (whose idle connections would otherwise hold the process until
    // the safety net above).
    try {
      await /** @type {{ __newsDb?: { close(): Promise<void> } }} */ (/** @type {unknown} */ (globalThis)).__newsDb?.close();
    } catch {}
    console.log(JSON.stringify({ level: 'info', msg: 'stopped' }));
    process.exit(0);
  });
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
