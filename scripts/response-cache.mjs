// @ts-check
// The reader edge of `npm start` (used by scripts/server.mjs), in front of Next's request handler.
//
// 1. Plain HTML: reader pages leave without the framework's client runtime (scripts/plain-html.mjs)
//    and with a content policy that runs no script.
// 2. Compression: brotli where the client takes it, else gzip (Vary: Accept-Encoding): fast for a
//    page's first answer, and once at a better level for a kept page asked for again
//    (scripts/compression.mjs).
// 3. The app's one cache: reader pages render from the database on every request Next gets, and
//    the finished bytes of shareable answers (status, headers, body, compressed copies) are kept
//    here, so hot pages cost about what a static file does. Pages nobody asked for yet (a
//    crawler's) render through a queue, behind pages readers keep asking for.
//
// Freshness: each kept answer is stamped with the database's content token as read before its
// render began (scripts/content-state.mjs) and is served only while the current token is the same
// and the next scheduled story is not yet due (a story goes live by time alone). Triggers renew the
// token with every write readers can see, on any instance, and a restore or another database has a
// token of its own, so nothing is served that the database does not back. `maxAgeMs` bounds the
// changes that come with time alone (the news sitemap's 48-hour window). Kept: anonymous GET/HEAD
// answers with status 200 and no Set-Cookie that are reader pages rendered per request, or that Next
// marks shareable (`s-maxage`, or `public` with a `max-age`), search pages and the read-only content
// API (/api/v1/: public, the same for every client, CORS `*`); newsroom, sign-in and other API paths
// never are, nor anything for signed-in staff. While the token cannot be read nothing is kept or served.
// One request refreshes an expired page while concurrent ones get the copy being replaced; once the
// token has changed nobody gets the old copy. Rate limits (proxy.ts, the search route) apply to what
// reaches Next.
import { compress } from './compression.mjs';
import { noScriptPolicy, toPlainHtml } from './plain-html.mjs';
import { refuse } from './request-guard.mjs';

// Never touched: the newsroom, sign-in, the framework's own files and every API but the public
// content API.
const NEWSROOM = /^\/(?:admin|login|invite|api(?!\/v1\/)|_next)(?:[/?]|$)/;
// Answers Next makes per request (search pages are marked private; the content API asks clients
// to revalidate every time), yet the same for every reader and client: kept here like the others
// (a trending search, partners polling the newest stories), still sent with their own headers.
const RENDERED_PER_REQUEST = /^\/(?:search(?:[/?]|$)|api\/v1\/)/;
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
// Request headers Next answers differently for (client navigations, prefetches, server actions).
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url', 'next-action'];
const KNOWN_VARY = new Set([...ROUTER_HEADERS, 'accept-encoding']);
// Per-connection or per-request headers never replayed from the cache.
const NOT_STORED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'x-request-id', 'x-response-cache', 'content-length', 'content-encoding']);
// The longest a request waits for another request's answer to the same page before asking itself.
const WAIT_LIMIT_MS = 5_000;
// Next's error shell: the page is drawn in the browser from the inline payload (a 404 from
// `notFound()` inside a page comes out like this: vercel/next.js#62228).
const ERROR_SHELL = /<html[^>]*\bid="__next_error__"/;
// Marks the request that fetches the not-found page itself, which must never be substituted. Its
// value is a token of this process (`notFoundProbe`), so a client cannot send it.
export const NOT_FOUND_PROBE = 'x-not-found-probe';
// Pages this server fetches from itself while rendering another (the search page's frame,
// lib/search/frame.ts; the not-found page, by its probe): never queued behind that render.
const SELF_FETCHED = /^\/search\/frame(?:[/?]|$)/;
// Next's on-demand revalidation request carries the build's preview id in this header.
const REVALIDATE = 'x-prerender-revalidate';
// What Next sends for a page rendered on request (no `revalidate`): from a reader path, for an
// anonymous reader, it is the same for everyone and kept; it goes out as shareable for a second
// (the nginx front keeps it until the second ends).
const RENDERED_ON_REQUEST = 'private, no-cache, no-store, max-age=0, must-revalidate';
export const READER_CACHE_CONTROL = 'public, max-age=0, s-maxage=1';
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|feed\+json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image\/svg\+xml)/;

/**
 * @typedef {'br' | 'gzip'} Encoding
 * @typedef {{ body: Buffer, effort: 'fast' | 'best' }} Encoded
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer, encoded: Partial<Record<Encoding, Encoded>> | null, etag: string | undefined, at: number, token: string, dueAt: number, hits: number }} Entry
 * @typedef {import('./content-state.mjs').ContentState} ContentState
 * @typedef {{ run(task: () => Promise<unknown>): boolean }} RenderQueue
 * @typedef {{ maxAgeMs?: number, maxBytes?: number, maxEntryBytes?: number, now?: () => number, contentState?: () => ContentState | null | Promise<ContentState | null>, notFoundPage?: () => Promise<string | null>, notFoundProbe?: string, previewModeId?: string | null, waitLimitMs?: number, renders?: RenderQueue }} Options
 * @typedef {import('node:http').IncomingMessage} Req
 * @typedef {import('node:http').ServerResponse} Res
 * @typedef {(req: Req, res: Res) => unknown} Next
 */

/**
 * The encoding to send for an Accept-Encoding header: brotli when the client takes it (smaller than
 * gzip at the same cost), else gzip, else none. `q=0` refuses; `*` stands for both.
 * @param {string | string[] | undefined} header @returns {Encoding | null}
 */
export function chooseEncoding(header) {
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of String(header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) : 1);
  }
  /** @param {string} name */
  const accepted = (name) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepted('br')) return 'br';
  if (accepted('gzip')) return 'gzip';
  return null;
}
/** Whether a body is worth compressing. @param {Buffer} body @param {Record<string, unknown>} headers */
const compressible = (body, headers) => body.length > 1024 && COMPRESSIBLE.test(String(headers['content-type'] ?? ''));
/** The Vary header with Accept-Encoding added. @param {string | string[] | undefined} vary */
function varyOnEncoding(vary) {
  const names = String(vary ?? '')
    .split(/\s*,\s*/)
    .filter(Boolean);
  return names.some((n) => n.toLowerCase() === 'accept-encoding') ? names.join(', ') : [...names, 'Accept-Encoding'].join(', ');
}

/** @param {Options} [options] */
export function createResponseCache(options = {}) {
  const maxAgeMs = options.maxAgeMs ?? 1000;
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const notFoundPage = options.notFoundPage;
  const notFoundProbe = options.notFoundProbe ?? '1';
  const previewModeId = options.previewModeId ?? null;
  const waitLimitMs = options.waitLimitMs ?? WAIT_LIMIT_MS;
  /** @type {ContentState} */
  const FIXED = { token: '', nextChangeAt: null };
  const contentState = options.contentState ?? (() => FIXED);
  const renders = options.renders ?? null;
  /** The server-rendered not-found page, kept like a page. @type {{ html: string, token: string, at: number, dueAt: number } | null} */
  let notFound = null;
  /** Its fetch under way, shared by concurrent 404s under the same token. @type {{ page: Promise<string | null>, token: string } | null} */
  let notFoundPending = null;
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  /** Renders under way, with the token they will be stamped with. @type {Map<string, { done: Promise<void>, token: string }>} */
  const filling = new Map();
  let bytes = 0;
  /** The token of the last request, for the sweep. */
  let lastToken = '';

  /** Whether a copy stamped `token`, due to change at `dueAt`, still shows what the database holds. @param {{ token: string, dueAt: number }} copy @param {ContentState} state */
  const current = (copy, state) => copy.token === state.token && now() < copy.dueAt;
  /** @param {ContentState} state */
  const dueAtOf = (state) => state.nextChangeAt ?? Infinity;
  /** Whether `entry` answers a request now, without a render: current and younger than the maximum age. @param {Entry | undefined} entry @param {ContentState} state @returns {entry is Entry} */
  const fresh = (entry, state) => entry !== undefined && current(entry, state) && now() - entry.at < maxAgeMs;

  /** @param {Entry} e */
  const weight = (e) => e.body.length + (e.encoded?.br?.body.length ?? 0) + (e.encoded?.gzip?.body.length ?? 0);

  /** @param {string} key */
  function drop(key) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= weight(entry);
    entries.delete(key);
    entry.encoded = null;
  }

  /** @param {string} key @param {Entry} entry */
  function store(key, entry) {
    drop(key);
    entries.set(key, entry);
    bytes += weight(entry);
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  }

  /** Whether this request is for a reader page or file (not the newsroom, API or framework). @param {Req} req */
  function isReaderRequest(req) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    if (NEWSROOM.test(url) || url.includes('_rsc=')) return false;
    return !ROUTER_HEADERS.some((h) => req.headers[h] !== undefined);
  }

  /** @param {'http' | 'https'} scheme @param {string} url */
  const keyOf = (scheme, url) => `${scheme} ${url}`;

  /** The cache key of a reader request whose answer may be shared, or null. @param {Req} req */
  function keyFor(req) {
    const url = req.url ?? '/';
    if (SESSION_COOKIE.test(req.headers.cookie ?? '')) return null;
    // HSTS is sent only to requests that came over HTTPS through the reverse proxy (next.config.ts).
    return keyOf(req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http', url);
  }

  /**
   * Whether the client's copy is current (RFC 9110 13.2.2: If-None-Match decides when sent, else
   * If-Modified-Since against the answer's Last-Modified). @param {Req} req @param {Entry} entry
   */
  function notModified(req, entry) {
    if (entry.status !== 200) return false;
    const match = req.headers['if-none-match'];
    if (match !== undefined) return Boolean(entry.etag) && match.split(/\s*,\s*/).includes(/** @type {string} */ (entry.etag));
    const since = Date.parse(String(req.headers['if-modified-since'] ?? ''));
    const modified = Date.parse(String(entry.headers['last-modified'] ?? ''));
    return !Number.isNaN(since) && !Number.isNaN(modified) && modified <= since;
  }

  /** Sends a finished answer, compressed when the client takes it. @param {Req} req @param {Res} res @param {Entry} entry */
  function send(req, res, entry) {
    const canCompress = compressible(entry.body, entry.headers);
    const vary = canCompress ? varyOnEncoding(entry.headers.vary) : (entry.headers.vary ?? '');
    if (notModified(req, entry)) {
      /** @type {Record<string, string | string[]>} */
      const validators = { 'cache-control': entry.headers['cache-control'] ?? '', vary };
      if (entry.etag) validators.etag = entry.etag;
      if (entry.headers['last-modified']) validators['last-modified'] = entry.headers['last-modified'];
      res.writeHead(304, validators);
      res.end();
      return;
    }
    const encoding = canCompress ? chooseEncoding(req.headers['accept-encoding']) : null;
    const compressed = encoding ? encodedCopy(entry, encoding) : null;
    const body = compressed ?? entry.body;
    /** @type {Record<string, string | string[] | number>} */
    const headers = { ...entry.headers, 'content-length': body.length };
    if (vary) headers.vary = vary;
    if (encoding) headers['content-encoding'] = encoding;
    res.writeHead(entry.status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * The body in `encoding`. A kept entry keeps its copies: the first made fast, replaced once by a
   * better one when the page is asked for again; answers not kept are compressed fast per request.
   * @param {Entry} entry @param {Encoding} encoding
   */
  function encodedCopy(entry, encoding) {
    const copy = entry.encoded?.[encoding];
    if (copy && (copy.effort === 'best' || entry.hits === 0)) return copy.body;
    const effort = copy ? 'best' : 'fast';
    const body = compress(entry.body, encoding, effort);
    // Only entries still kept hold copies (drop() lets go of them), so the byte count stays true.
    if (entry.encoded) {
      bytes += body.length - (copy?.body.length ?? 0);
      entry.encoded[encoding] = { body, effort };
    }
    return body;
  }

  /** @param {Req} req @param {Res} res @param {Entry} entry @param {string} state */
  function serve(req, res, entry, state) {
    entry.hits += 1;
    res.setHeader('x-response-cache', state);
    send(req, res, entry);
  }

  /**
   * Whether an answer may be shared between readers.
   * @param {string} url @param {number} status @param {Record<string, unknown>} headers
   */
  function shareable(url, status, headers) {
    if (status !== 200 || headers['set-cookie'] !== undefined) return false;
    if (RENDERED_PER_REQUEST.test(url)) return true;
    if (headers['cache-control'] === RENDERED_ON_REQUEST) return knownVary(headers);
    // Shared caches may keep it for a while: s-maxage, or public with a max-age (not `max-age=0`,
    // which asks every cache to check back each time, as Next does for files in public/).
    const cacheControl = String(headers['cache-control'] ?? '').toLowerCase();
    if (/private|no-store|no-cache/.test(cacheControl)) return false;
    const seconds = (/** @type {string} */ name) => Number(new RegExp(`(?:^|[,\\s])${name}=(\\d+)`).exec(cacheControl)?.[1] ?? 0);
    if (!(seconds('s-maxage') > 0 || (/\bpublic\b/.test(cacheControl) && seconds('max-age') > 0))) return false;
    return knownVary(headers);
  }

  /** Whether an answer varies only on what the cache tells apart. @param {Record<string, unknown>} headers */
  function knownVary(headers) {
    return String(headers.vary ?? '')
      .toLowerCase()
      .split(/\s*,\s*/)
      .filter(Boolean)
      .every((h) => KNOWN_VARY.has(h));
  }

  /**
   * An HTML page without its client runtime, and the policy and validator that go with it.
   * @param {Buffer} body @param {Record<string, string | string[]>} headers @param {boolean} rewrite
   * @returns {{ body: Buffer, etag: string | undefined }}
   */
  function plainHtml(body, headers, rewrite) {
    let etag = typeof headers.etag === 'string' ? headers.etag : undefined;
    if (!rewrite) return { body, etag };
    const page = body.toString('utf8');
    const plain = toPlainHtml(page);
    if (plain === null) return { body, etag };
    // Pages written without the runtime (the search page) get the same policy.
    const policy = headers['content-security-policy'];
    if (typeof policy === 'string') headers['content-security-policy'] = noScriptPolicy(policy);
    if (plain === page) return { body, etag };
    if (etag) headers.etag = etag = `W/${etag.replace(/^W\//, '').replace(/"$/, '-p"')}`;
    return { body: Buffer.from(plain, 'utf8'), etag };
  }

  /**
   * The site's not-found page as the server renders it, or null when it cannot be had. Kept like
   * a page; concurrent 404s share one fetch.
   * @param {ContentState | null} state the content state read before this request's render
   * @returns {Promise<string | null>}
   */
  function serverRenderedNotFound(state) {
    if (state && notFound && current(notFound, state) && now() - notFound.at < maxAgeMs) return Promise.resolve(notFound.html);
    // A fetch begun under another token may bring the old page: 404s after it start their own.
    if (state && notFoundPending?.token === state.token) return notFoundPending.page;
    const page = (notFoundPage ? notFoundPage().catch(() => null) : Promise.resolve(null)).then((html) => {
      if (notFoundPending?.page === page) notFoundPending = null;
      if (html === null || ERROR_SHELL.test(html)) return null;
      if (state) notFound = { html, token: state.token, at: now(), dueAt: dueAtOf(state) };
      return html;
    });
    if (state) notFoundPending = { page, token: state.token };
    return page;
  }

  /**
   * Lets Next answer into a buffer, turns HTML pages into plain HTML, sends the result (compressed
   * when the client takes it) and keeps it under `key` when it may be shared, stamped with `state`
   * (read before the render began, so a write during the render leaves the copy outdated, never
   * the other way round). Resolves when done.
   * @param {Req} req @param {Res} res @param {string | null} key @param {Next} next @param {ContentState | null} state
   */
  function fill(req, res, key, next, state) {
    // Next answers uncompressed and in full; compression and validators are ours.
    const acceptEncoding = req.headers['accept-encoding'];
    delete req.headers['accept-encoding'];
    const ifNoneMatch = req.headers['if-none-match'];
    const ifModifiedSince = req.headers['if-modified-since'];
    delete req.headers['if-none-match'];
    delete req.headers['if-modified-since'];
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const { writeHead, write, end } = res;
    const passThrough = () => {
      res.writeHead = writeHead;
      res.write = write;
      res.end = end;
    };
    /** @param {unknown} chunk @param {unknown} encoding */
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8')) : Buffer.from(/** @type {Uint8Array} */ (chunk));
      size += buf.length;
      chunks.push(buf);
    };
    res.writeHead = /** @type {Res['writeHead']} */ (
      function (/** @type {number} */ status, /** @type {any} */ reason, /** @type {any} */ headers) {
        res.statusCode = status;
        const h = typeof reason === 'object' && reason !== null ? reason : headers;
        if (Array.isArray(h)) for (let i = 0; i < h.length; i += 2) res.setHeader(h[i], h[i + 1]);
        else if (h) for (const [name, value] of Object.entries(h)) if (value !== undefined) res.setHeader(name, value);
        return res;
      }
    );
    res.flushHeaders = () => {};
    res.write = /** @type {Res['write']} */ (
      function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
        collect(chunk, encoding);
        const callback = typeof encoding === 'function' ? encoding : cb;
        if (typeof callback === 'function') process.nextTick(callback);
        return true;
      }
    );
    // Done when the answer is sent, or when the client went away (a response whose connection
    // closed before it was attached to it never emits 'close' itself, nor does a closed socket again).
    const socket = req.socket;
    const done = new Promise((resolve) => {
      const settle = () => {
        socket.off('close', settle);
        resolve(undefined);
      };
      res.once('close', settle);
      socket.once('close', settle);
      if (socket.destroyed) settle();
      res.end = /** @type {Res['end']} */ (
        function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ cb) {
          collect(chunk, encoding);
          passThrough();
          const callback = typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : cb;
          /** @type {Record<string, string | string[]>} */
          const headers = {};
          for (const [name, value] of Object.entries(res.getHeaders())) {
            if (value === undefined || NOT_STORED.has(name)) continue;
            headers[name] = typeof value === 'number' ? String(value) : value;
          }
          for (const name of ['content-length', 'content-encoding', 'transfer-encoding']) res.removeHeader(name);
          const status = res.statusCode;
          const body = Buffer.concat(chunks, size);
          const html = String(headers['content-type'] ?? '').startsWith('text/html');
          /** @param {Buffer} answer */
          const finish = (answer) => {
            /** @type {Entry} */
            const entry = { status, headers, ...plainHtml(answer, headers, html && (status === 200 || status === 404)), encoded: null, at: now(), token: state?.token ?? '', dueAt: state ? dueAtOf(state) : 0, hits: 0 };
            const keep = key !== null && state !== null && req.method === 'GET' && entry.body.length <= maxEntryBytes && shareable(req.url ?? '/', status, headers);
            if (keep) {
              if (headers['cache-control'] === RENDERED_ON_REQUEST && !RENDERED_PER_REQUEST.test(req.url ?? '/')) headers['cache-control'] = READER_CACHE_CONTROL;
              entry.encoded = {};
              store(key, entry);
            }
            if (acceptEncoding !== undefined) req.headers['accept-encoding'] = acceptEncoding;
            if (ifNoneMatch !== undefined) req.headers['if-none-match'] = ifNoneMatch;
            if (ifModifiedSince !== undefined) req.headers['if-modified-since'] = ifModifiedSince;
            send(req, res, entry);
            if (typeof callback === 'function') res.once('finish', callback);
          };
          // A reader 404 drawn in the browser: readers without JavaScript would get a blank page.
          // The site's server-rendered not-found page is sent instead, with the same status.
          if (status === 404 && html && notFoundPage && req.headers[NOT_FOUND_PROBE] !== notFoundProbe && ERROR_SHELL.test(body.toString('utf8'))) {
            void serverRenderedNotFound(state).then((page) => {
              if (page !== null) {
                delete headers.etag;
                res.removeHeader('etag');
              }
              finish(page === null ? body : Buffer.from(page, 'utf8'));
            });
          } else {
            finish(body);
          }
          return res;
        }
      );
    });
    if (key !== null && state !== null) {
      const render = { done: /** @type {Promise<void>} */ (done), token: state.token };
      filling.set(key, render);
      void done.then(() => {
        if (filling.get(key) === render) filling.delete(key);
      });
    }
    res.setHeader('x-response-cache', key === null ? 'BYPASS' : 'MISS');
    next(req, res);
    return done;
  }

  /**
   * Answers from the cache or hands the request to `next`.
   * @param {Req} req @param {Res} res @param {Next} next
   */
  async function handle(req, res, next) {
    // Next's own revalidation request renders afresh: ours must not answer it either. Anyone
    // else's header is dropped (issue 11: sent on every request, it emptied the cache).
    if (req.headers[REVALIDATE] !== undefined) {
      if (previewModeId !== null && req.headers[REVALIDATE] === previewModeId) return next(req, res);
      delete req.headers[REVALIDATE];
    }
    if (!isReaderRequest(req)) return next(req, res);
    // Read (or known from the last 100 ms) before the render begins: the stamp of what it fills.
    const known = contentState();
    const state = known instanceof Promise ? await known : known;
    if (state) lastToken = state.token;
    const key = keyFor(req);
    if (key === null || state === null) {
      return req.method === 'HEAD' ? next(req, res) : fill(req, res, null, next, null);
    }
    for (let attempt = 0; attempt < 2; attempt++) {
      const entry = entries.get(key);
      if (fresh(entry, state)) return serve(req, res, entry, 'HIT');
      const valid = entry !== undefined && current(entry, state);
      const inFlight = filling.get(key);
      if (inFlight && entry && valid) return serve(req, res, entry, 'STALE');
      // A render stamped with an older token would not be served to this request anyway.
      if (!inFlight || inFlight.token !== state.token) break;
      // Someone is rendering this page under the current token: share their answer (but never
      // wait on a render that hangs).
      await Promise.race([inFlight.done, new Promise((resolve) => setTimeout(resolve, waitLimitMs).unref())]);
    }
    // The client may have left while waiting: nothing to answer.
    if (req.socket.destroyed) return;
    // A HEAD answer has no body to keep or rewrite.
    if (req.method === 'HEAD') return next(req, res);
    const target = () => (filling.get(key)?.token === state.token ? null : key);
    const entry = entries.get(key);
    // A page readers keep asking for (served from the cache before, under this token or an older
    // one) renders at once; one nobody asked for yet waits its turn.
    const selfFetched = req.headers[NOT_FOUND_PROBE] === notFoundProbe || SELF_FETCHED.test(req.url ?? '/');
    if (!renders || selfFetched || (entry !== undefined && entry.hits > 0)) return fill(req, res, target(), next, state);
    const queued = renders.run(() => (req.socket.destroyed ? Promise.resolve() : fill(req, res, target(), next, state)));
    if (!queued) refuse(req, res, 503, 'The server is busy: try again in a moment.', { 'Retry-After': '1' });
  }

  /**
   * The kept bytes of a plain-HTTP request for `url`, when a request for it would be answered from
   * the cache (the same token, due time and age), else null: for a page this server would fetch
   * from itself while answering another (the search frame), without the round trip through its
   * own HTTP. A miss is the caller's to fetch, which fills the cache as any request does.
   * @param {string} url
   * @returns {Promise<Buffer | null>}
   */
  async function peek(url) {
    const state = await contentState();
    const entry = entries.get(keyOf('http', url));
    if (!state || !fresh(entry, state) || entry.status !== 200) return null;
    entry.hits += 1;
    return entry.body;
  }

  /** Drops entries of an older token or long past their age, so an idle cache does not hold memory. */
  function sweep() {
    const cutoff = now() - 60 * maxAgeMs;
    for (const [key, entry] of entries) if (entry.at < cutoff || entry.token !== lastToken || now() >= entry.dueAt) drop(key);
  }

  return { handle, peek, sweep, size: () => ({ entries: entries.size, bytes }) };
}
