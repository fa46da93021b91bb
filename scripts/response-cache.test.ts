import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { compress } from './compression.mjs';
import type { ContentState } from './content-state.mjs';
import { createRenderQueue } from './render-queue.mjs';
import { chooseEncoding, createResponseCache, READER_CACHE_CONTROL } from './response-cache.mjs';

type Answer = { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number; chunks?: string[] };
const SHARED = { 'cache-control': 's-maxage=60, stale-while-revalidate=31535940', 'content-type': 'text/html; charset=utf-8', etag: '"abc"' };

let servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers) s.close();
  servers = [];
});

/** A server whose "framework" answers with `answer(path)` and counts the requests it got. */
async function setup(answer: (path: string, n: number) => Answer, options: Parameters<typeof createResponseCache>[0] = {}) {
  let clock = 1_000_000;
  // The database's content token as this instance knows it; `write()` is a write readers see.
  let state: ContentState | null = { token: 't0', nextChangeAt: null };
  let writes = 0;
  const cache = createResponseCache({ now: () => clock, contentState: () => state, ...options });
  const seen: string[] = [];
  const seenHeaders: http.IncomingHttpHeaders[] = [];
  // Resolved when the framework, or the server in front of the cache, has had its nth request.
  const waiters: { count: () => number; n: number; resolve: () => void }[] = [];
  let received = 0;
  const wake = () => {
    for (const w of waiters.splice(0)) {
      if (w.count() >= w.n) w.resolve();
      else waiters.push(w);
    }
  };
  const when = (count: () => number) => (n: number) =>
    new Promise<void>((resolve) => {
      waiters.push({ count, n, resolve });
      wake();
    });
  const app = (req: http.IncomingMessage, res: http.ServerResponse) => {
    seen.push(req.url ?? '');
    seenHeaders.push({ ...req.headers });
    wake();
    const a = answer(req.url ?? '/', seen.length);
    const send = () => {
      res.statusCode = a.status ?? 200;
      for (const [k, v] of Object.entries(a.headers ?? SHARED)) res.setHeader(k, v);
      if (a.chunks) {
        for (const c of a.chunks) res.write(c);
        res.end();
      } else res.end(a.body ?? `page ${req.url} #${seen.length}`);
    };
    if (a.delayMs) setTimeout(send, a.delayMs);
    else send();
  };
  const server = http.createServer((req, res) => {
    res.setHeader('x-request-id', String(Math.random()));
    void cache.handle(req, res, app);
    received += 1;
    wake();
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}, method = 'GET', signal?: AbortSignal) => {
    const res = await fetch(base + path, { headers, method, signal });
    return { status: res.status, body: await res.text(), headers: res.headers, url: base + path };
  };
  const raw = (path: string, headers: Record<string, string>) =>
    new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(base + path, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on('error', reject);
    });
  return {
    cache,
    seen,
    seenHeaders,
    get,
    raw,
    tick: (ms: number) => (clock += ms),
    now: () => clock,
    write: () => (state = { token: `t${++writes}`, nextChangeAt: state?.nextChangeAt ?? null }),
    setState: (next: ContentState | null) => (state = next),
    /** Resolves once the framework has had `n` requests. */
    framework: when(() => seen.length),
    /** Resolves once the cache has been handed `n` requests. */
    arrived: when(() => received),
  };
}

describe('response cache', () => {
  it('answers a repeat of a shareable page from memory with the same bytes and headers', async () => {
    const { seen, get } = await setup(() => ({}));
    const first = await get('/world/a-story');
    const second = await get('/world/a-story');
    expect(seen).toEqual(['/world/a-story']);
    expect(second.body).toBe(first.body);
    expect(first.headers.get('x-response-cache')).toBe('MISS');
    expect(second.headers.get('x-response-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toBe(SHARED['cache-control']);
    expect(second.headers.get('content-type')).toBe(SHARED['content-type']);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });

  it('keeps a page no longer than its maximum age, and never once the content token has changed', async () => {
    const { write, seen, get, tick } = await setup(() => ({}), { maxAgeMs: 1000 });
    await get('/');
    tick(999);
    expect((await get('/')).headers.get('x-response-cache')).toBe('HIT');
    tick(2);
    expect((await get('/')).body).toBe('page / #2');
    write();
    expect((await get('/')).body).toBe('page / #3');
    expect(seen).toHaveLength(3);
  });

  it('does not serve a page whose render was under way when the token changed (stamped with the token read before it)', async () => {
    const { write, seen, get, framework } = await setup(() => ({ delayMs: 300 }));
    const pending = get('/');
    // The framework has the request, and its render is still under way, when a write lands.
    await framework(1);
    write();
    await pending;
    expect((await get('/')).body).toBe('page / #2');
    expect(seen).toHaveLength(2);
  });

  it('sends one request on to the framework when many arrive at once', async () => {
    const { seen, get } = await setup(() => ({ delayMs: 30 }));
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/hot')));
    expect(seen).toEqual(['/hot']);
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
  });

  it('does not hang later requests when a waiting client leaves', async () => {
    // Waiting is unbounded here: a later request stuck behind the one whose client left never
    // finishes, and the test fails on its timeout.
    const { get, framework, arrived } = await setup((_, n) => ({ delayMs: n === 1 ? 150 : 0, headers: { 'cache-control': 'private, no-store', 'content-type': 'text/html' } }), {
      waitLimitMs: 24 * 3600_000,
    });
    const first = get('/busy');
    await framework(1);
    const leaving = new AbortController();
    const abandoned = get('/busy', {}, 'GET', leaving.signal).catch(() => 'aborted');
    // The second request is waiting on the first one's answer when its client leaves.
    await arrived(2);
    leaving.abort();
    expect(await abandoned).toBe('aborted');
    await first;
    expect((await get('/busy')).status).toBe(200);
  });

  it('serves the expiring copy to others while one request refreshes it', async () => {
    const { seen, get, tick, framework } = await setup((_, n) => ({ delayMs: n > 1 ? 40 : 0 }));
    await get('/hot');
    tick(5000);
    const refreshing = get('/hot');
    // The refresh is with the framework when the other reader asks.
    await framework(2);
    const other = await get('/hot');
    expect(other.headers.get('x-response-cache')).toBe('STALE');
    expect(other.body).toBe('page /hot #1');
    expect((await refreshing).body).toBe('page /hot #2');
    expect(seen).toHaveLength(2);
  });

  it('never keeps private, uncacheable, cookie-setting, failed or unknown-vary answers', async () => {
    const variants: Record<string, Answer> = {
      // Private by the app's own choice (not Next's mark of a page rendered on request).
      '/private': { headers: { 'cache-control': 'private, no-store' } },
      '/none': { headers: { 'content-type': 'text/html' } },
      '/revalidate-each-time': { headers: { 'cache-control': 'public, max-age=0' } },
      '/cookie': { headers: { ...SHARED, 'set-cookie': 'a=1' } },
      '/missing': { status: 404 },
      '/vary': { headers: { ...SHARED, vary: 'Cookie' } },
    };
    const { seen, get } = await setup((path) => variants[path] ?? {});
    for (const path of Object.keys(variants)) {
      await get(path);
      await get(path);
    }
    expect(seen).toHaveLength(12);
  });

  it('keeps public answers with a lifetime, such as feeds', async () => {
    const { seen, get } = await setup(() => ({ headers: { 'content-type': 'application/rss+xml', 'cache-control': 'public, max-age=300' } }));
    await get('/feed.xml');
    expect((await get('/feed.xml')).headers.get('x-response-cache')).toBe('HIT');
    expect(seen).toHaveLength(1);
  });

  it('keeps search pages, rendered per request, for repeats while still sending them as private', async () => {
    const headers = { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate', 'content-type': 'text/html' };
    const { write, seen, get } = await setup(() => ({ headers }));
    await get('/search?q=oil');
    const again = await get('/search?q=oil');
    expect(again.headers.get('x-response-cache')).toBe('HIT');
    expect(again.headers.get('cache-control')).toBe(headers['cache-control']);
    await get('/search?q=gas');
    write();
    await get('/search?q=oil');
    expect(seen).toEqual(['/search?q=oil', '/search?q=gas', '/search?q=oil']);
  });

  it('keeps content API answers for repeats, and answers their validators itself', async () => {
    const headers = {
      'cache-control': 'public, max-age=0, must-revalidate',
      'content-type': 'application/json',
      etag: '"v1"',
      'last-modified': 'Tue, 03 Nov 2026 10:00:00 GMT',
      'access-control-allow-origin': '*',
    };
    const { write, seen, get } = await setup((path) => (path.includes('missing') ? { status: 404, headers } : { headers }));
    await get('/api/v1/articles?limit=5');
    const again = await get('/api/v1/articles?limit=5');
    expect(again.headers.get('x-response-cache')).toBe('HIT');
    expect(again.headers.get('cache-control')).toBe(headers['cache-control']);
    expect(again.headers.get('access-control-allow-origin')).toBe('*');
    expect((await get('/api/v1/articles?limit=5', { 'if-none-match': '"v1"' })).status).toBe(304);
    expect((await get('/api/v1/articles?limit=5', { 'if-none-match': '"v0"' })).status).toBe(200);
    // Without If-None-Match, If-Modified-Since is checked against the answer's Last-Modified.
    const modified = 'Tue, 03 Nov 2026 10:00:00 GMT';
    expect((await get('/api/v1/articles?limit=5', { 'if-modified-since': modified })).status).toBe(304);
    expect((await get('/api/v1/articles?limit=5', { 'if-modified-since': 'Tue, 03 Nov 2026 09:59:59 GMT' })).status).toBe(200);
    expect((await get('/api/v1/articles?limit=5', { 'if-modified-since': modified, 'if-none-match': '"v0"' })).status).toBe(200);
    await get('/api/v1/articles/missing');
    await get('/api/v1/articles/missing');
    await get('/api/v1/articles', {}, 'POST');
    write();
    await get('/api/v1/articles?limit=5');
    expect(seen).toEqual(['/api/v1/articles?limit=5', '/api/v1/articles/missing', '/api/v1/articles/missing', '/api/v1/articles', '/api/v1/articles?limit=5']);
  });

  it('lets newsroom, sign-in, API, framework, signed-in and client-navigation requests through', async () => {
    const { seen, get } = await setup(() => ({}));
    const twice = async (path: string, headers: Record<string, string> = {}, method = 'GET') => {
      await get(path, headers, method);
      await get(path, headers, method);
    };
    await twice('/admin/stories');
    await twice('/login');
    await twice('/api/health');
    await twice('/api/auth/session');
    await twice('/api/v1');
    await twice('/_next/static/chunk.js');
    await twice('/', { cookie: 'theme=dark; __Secure-authjs.session-token=abc' });
    await twice('/', { rsc: '1' });
    await twice('/?_rsc=abc');
    await twice('/', {}, 'POST');
    expect(seen).toHaveLength(20);
  });

  it('compresses a kept page once and serves the same page plain or gzipped by what the client takes', async () => {
    const long = 'word '.repeat(2000);
    const { seen, get } = await setup(() => ({ body: long }));
    const plain = await get('/', { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body).toBe(long);
    const res = await fetch(`${plain.url}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(long);
    expect(seen).toHaveLength(1);
  });

  it('sends reader pages as plain HTML with a no-script policy, and leaves the newsroom alone', async () => {
    const html = '<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><h1>Story</h1><script>self.__next_f.push([1,"x"])</script></body></html>';
    const headers = { ...SHARED, 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'" };
    const { get } = await setup(() => ({ body: html, headers }));
    for (const path of ['/world/story', '/world/story', '/search?q=x']) {
      const page = await get(path);
      expect(page.body, path).toBe('<html><head></head><body><h1>Story</h1></body></html>');
      expect(page.headers.get('content-security-policy'), path).toBe("default-src 'self'; script-src 'none'");
      expect(page.headers.get('etag'), path).toBe('W/"abc-p"');
    }
    const newsroom = await get('/admin/stories');
    expect(newsroom.body).toBe(html);
  });

  it('sends the server-rendered not-found page, once fetched per generation, for a 404 Next would draw in the browser', async () => {
    const shell = '<!DOCTYPE html><html id="__next_error__"><head><script src="/_next/a.js"></script></head><body></body></html>';
    const proper = '<!DOCTYPE html><html lang="en"><body><h1>We can’t find that page</h1><script src="/_next/a.js"></script></body></html>';
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store', 'content-security-policy': "script-src 'self'", etag: '"x"' };
    let fetched = 0;
    let available = true;
    const notFoundPage = async () => {
      fetched += 1;
      return available ? proper : null;
    };
    const { write, get } = await setup(() => ({ status: 404, body: shell, headers }), { notFoundPage });
    const page = await get('/world/no-such-story');
    expect(page.status).toBe(404);
    expect(page.body).toBe('<!DOCTYPE html><html lang="en"><body><h1>We can’t find that page</h1></body></html>');
    expect(page.headers.get('content-security-policy')).toBe("script-src 'none'");
    expect(page.headers.get('etag')).toBeNull();
    expect((await get('/tags/no-such-tag')).body).toContain('We can’t find that page');
    expect(fetched).toBe(1);
    // The request that fetches the page itself is never substituted (it would ask for itself).
    expect((await get('/_/_/not-found', { 'x-not-found-probe': '1' })).body).toBe(shell);
    // After a newsroom write it is fetched again; when it cannot be had, the shell goes out as it is.
    write();
    available = false;
    const fallback = await get('/world/gone');
    expect(fallback.status).toBe(404);
    expect(fallback.body).toBe(shell);
    expect(fetched).toBe(2);
  });

  it('does not give a 404 after a newsroom write the not-found page fetched before it', async () => {
    const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store' };
    const answers: ((html: string) => void)[] = [];
    // Resolved when the cache asks for the not-found page.
    let asked = () => {};
    const nextAsk = () => new Promise<void>((resolve) => (asked = resolve));
    const notFoundPage = () =>
      new Promise<string>((resolve) => {
        answers.push(resolve);
        asked();
      });
    const { write, get } = await setup(() => ({ status: 404, body: shell, headers }), { notFoundPage });
    let ask = nextAsk();
    const before = get('/world/a');
    await ask;
    write();
    ask = nextAsk();
    const after = get('/world/b');
    await ask;
    expect(answers).toHaveLength(2);
    answers[0]!('<html><body><nav>Old desks</nav></body></html>');
    answers[1]!('<html><body><nav>New desks</nav></body></html>');
    expect((await before).body).toContain('Old desks');
    expect((await after).body).toContain('New desks');
    // The page fetched after the write is the one kept.
    expect((await get('/world/c')).body).toContain('New desks');
    expect(answers).toHaveLength(2);
  });

  it('gives a page written without scripts (the search page) the same no-script policy, bytes untouched', async () => {
    const html = '<html><head></head><body><h1>Search</h1></body></html>';
    const headers = { ...SHARED, 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'" };
    const { get } = await setup(() => ({ body: html, headers }));
    const page = await get('/search?q=oil');
    expect(page.body).toBe(html);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; script-src 'none'");
    expect(page.headers.get('etag')).toBe('"abc"');
  });

  it('answers a matching If-None-Match with 304 and HEAD without a body', async () => {
    const { seen, get } = await setup(() => ({}));
    await get('/a');
    const notModified = await get('/a', { 'if-none-match': '"abc"' });
    expect(notModified.status).toBe(304);
    expect(notModified.body).toBe('');
    const head = await get('/a', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength('page /a #1')));
    expect(seen).toHaveLength(1);
  });

  it('keeps streamed answers whole and drops the oldest pages past its memory budget', async () => {
    const { cache, seen, get } = await setup(() => ({ chunks: ['x'.repeat(400), 'y'.repeat(400)] }), { maxBytes: 2000 });
    expect((await get('/s1')).body).toHaveLength(800);
    expect((await get('/s1')).body).toHaveLength(800);
    await get('/s2');
    await get('/s3');
    expect(cache.size()).toEqual({ entries: 2, bytes: 1600 });
    await get('/s1');
    expect(seen).toEqual(['/s1', '/s2', '/s3', '/s1']);
  });

  it('keeps answers to HTTPS requests through the proxy apart from plain ones (HSTS differs)', async () => {
    const { seen, get } = await setup((_, n) => ({ headers: n === 1 ? SHARED : { ...SHARED, 'strict-transport-security': 'max-age=1' } }));
    await get('/');
    const secure = await get('/', { 'x-forwarded-proto': 'https' });
    expect(secure.headers.get('strict-transport-security')).toBe('max-age=1');
    expect((await get('/', { 'x-forwarded-proto': 'https' })).headers.get('x-response-cache')).toBe('HIT');
    expect(seen).toHaveLength(2);
  });

  it("passes Next's own revalidation request (the build's preview id) through to a render", async () => {
    const { seen, get } = await setup(() => ({}), { previewModeId: 'preview-id-of-this-build' });
    await get('/a');
    await get('/a', { 'x-prerender-revalidate': 'preview-id-of-this-build' });
    expect(seen).toHaveLength(2);
  });

  it('serves a page only under the token it was stamped with: another instance’s write, a restore or another database', async () => {
    const { seen, get, setState } = await setup(() => ({}));
    setState({ token: 'database-a', nextChangeAt: null });
    await get('/');
    expect((await get('/')).headers.get('x-response-cache')).toBe('HIT');
    // A restored backup or another DATABASE_URL brings a token of its own.
    setState({ token: 'database-b', nextChangeAt: null });
    expect((await get('/')).body).toBe('page / #2');
    // Going back to the first database does not bring back its old copy either: it was replaced.
    setState({ token: 'database-a', nextChangeAt: null });
    expect((await get('/')).body).toBe('page / #3');
    expect(seen).toHaveLength(3);
  });

  it('hands a kept page to the process itself under the same rule as a request (the search frame)', async () => {
    const { cache, get, write, tick, seen } = await setup((path) => (path === '/private' ? { headers: { 'cache-control': 'private, no-store', 'content-type': 'text/html' } } : {}), { maxAgeMs: 1000 });
    expect(await cache.peek('/search/frame')).toBeNull();
    await get('/search/frame');
    expect((await cache.peek('/search/frame'))?.toString()).toBe('page /search/frame #1');
    // Counted as a hit: a page asked for again never waits in the render queue.
    expect((await get('/search/frame')).headers.get('x-response-cache')).toBe('HIT');
    tick(1000);
    expect(await cache.peek('/search/frame')).toBeNull();
    await get('/search/frame');
    write();
    expect(await cache.peek('/search/frame')).toBeNull();
    await get('/private');
    expect(await cache.peek('/private')).toBeNull();
    // Only the plain-HTTP copy: the one this process fetches from itself.
    await get('/over-https', { 'x-forwarded-proto': 'https' });
    expect(await cache.peek('/over-https')).toBeNull();
    expect(seen).toEqual(['/search/frame', '/search/frame', '/private', '/over-https']);
  });

  it('keeps a page no later than the next scheduled story comes due, known at fill', async () => {
    const { seen, get, now, tick, setState } = await setup(() => ({}), { maxAgeMs: 60_000 });
    setState({ token: 't', nextChangeAt: now() + 500 });
    await get('/');
    tick(499);
    expect((await get('/')).headers.get('x-response-cache')).toBe('HIT');
    tick(1);
    // Due: nobody gets the old copy, not even while another request refreshes it.
    expect((await get('/')).body).toBe('page / #2');
    expect(seen).toHaveLength(2);
  });

  it('keeps and serves nothing while the content token cannot be read', async () => {
    const { seen, get, setState } = await setup(() => ({}));
    await get('/');
    setState(null);
    expect((await get('/')).headers.get('x-response-cache')).toBe('BYPASS');
    expect((await get('/')).headers.get('x-response-cache')).toBe('BYPASS');
    expect(seen).toHaveLength(3);
  });

  it('waits for the token before answering, and stamps with it', async () => {
    let release: (s: ContentState) => void = () => {};
    let state: Promise<ContentState> | ContentState = new Promise<ContentState>((r) => (release = r));
    const { seen, get } = await setup(() => ({}), { contentState: () => state });
    const first = get('/');
    release({ token: 'late', nextChangeAt: null });
    await first;
    state = { token: 'late', nextChangeAt: null };
    expect((await get('/')).headers.get('x-response-cache')).toBe('HIT');
    state = { token: 'later', nextChangeAt: null };
    expect((await get('/')).headers.get('x-response-cache')).toBe('MISS');
    expect(seen).toHaveLength(2);
  });

  it('keeps reader pages that Next rendered on request, sent as shareable for a second', async () => {
    const headers = { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate', 'content-type': 'text/html; charset=utf-8' };
    const { seen, get } = await setup(() => ({ headers }));
    const first = await get('/world/a-story');
    expect(first.headers.get('cache-control')).toBe(READER_CACHE_CONTROL);
    const second = await get('/world/a-story');
    expect(second.headers.get('x-response-cache')).toBe('HIT');
    expect(second.headers.get('cache-control')).toBe(READER_CACHE_CONTROL);
    expect(seen).toHaveLength(1);
  });

  it('ignores and removes a revalidation header that is not the preview id', async () => {
    const { seen, seenHeaders, get } = await setup(() => ({}), { previewModeId: 'preview-id-of-this-build' });
    await get('/a');
    for (const value of ['secret', '1', '', 'preview-id-of-this-buil']) {
      expect((await get('/a', { 'x-prerender-revalidate': value })).headers.get('x-response-cache')).toBe('HIT');
    }
    expect(seen).toEqual(['/a']);
    // Not kept, and the framework never sees the header from a client either.
    await get('/b', { 'x-prerender-revalidate': 'secret' });
    expect(seenHeaders[1]).not.toHaveProperty('x-prerender-revalidate');
    // Without a known preview id nothing may invalidate.
    const blind = await setup(() => ({}));
    await blind.get('/a');
    await blind.get('/a', { 'x-prerender-revalidate': 'anything' });
    expect(blind.seen).toEqual(['/a']);
  });

  it('compresses answers it does not keep as well, brotli first, and says it varies on Accept-Encoding', async () => {
    const long = '<p>word</p>'.repeat(1000);
    const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' };
    const { seen, raw } = await setup(() => ({ body: long, headers: html }));
    const br = await raw('/not-kept', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['x-response-cache']).toBe('MISS');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(long);
    const gzip = await raw('/not-kept', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(long);
    const plain = await raw('/not-kept', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    expect(plain.body.toString()).toBe(long);
    // Signed-in readers' pages (never kept) too.
    const staff = await raw('/', { cookie: 'authjs.session-token=abc', 'accept-encoding': 'br' });
    expect(staff.headers['x-response-cache']).toBe('BYPASS');
    expect(staff.headers['content-encoding']).toBe('br');
    expect(seen).toHaveLength(4);
  });

  it("compresses a page's first answer fast, for its client's encoding only, and the copy readers ask for again better, once", async () => {
    // Text that brotli's fast and better levels encode differently.
    const long = Array.from({ length: 3000 }, (_, i) => `word${(i * 7919) % 1013} `).join('');
    const body = Buffer.from(long);
    expect(compress(body, 'br', 'fast').equals(compress(body, 'br', 'best'))).toBe(false);
    const { seen, raw } = await setup(() => ({ body: long }));
    const first = await raw('/', { 'accept-encoding': 'br' });
    expect(first.headers['x-response-cache']).toBe('MISS');
    expect(first.body.equals(compress(body, 'br', 'fast'))).toBe(true);
    for (let i = 0; i < 2; i++) {
      const again = await raw('/', { 'accept-encoding': 'br' });
      expect(again.headers['x-response-cache']).toBe('HIT');
      expect(again.body.equals(compress(body, 'br', 'best'))).toBe(true);
    }
    const gzip = await raw('/', { 'accept-encoding': 'gzip' });
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(long);
    expect(seen).toHaveLength(1);
  });

  it('renders pages nobody asked for yet one at a time, while a page readers keep asking for goes straight through', async () => {
    const renders = createRenderQueue({ concurrency: 1, maxWaiting: 10 });
    const { seen, get, tick, framework, arrived } = await setup((path) => ({ delayMs: path.startsWith('/cold') ? 200 : 0 }), { renders });
    await get('/hot');
    await get('/hot');
    tick(5000); // the hot page's copy has expired: the next request renders it again
    const cold = ['/cold-1', '/cold-2', '/cold-3'].map((p) => get(p));
    await arrived(5);
    await framework(2);
    expect(seen).toEqual(['/hot', '/cold-1']);
    expect(renders.size()).toEqual({ active: 1, waiting: 2 });
    const hot = await get('/hot');
    expect(hot.body).toBe('page /hot #3');
    expect(seen).toEqual(['/hot', '/cold-1', '/hot']);
    await Promise.all(cold);
    expect(seen).toEqual(['/hot', '/cold-1', '/hot', '/cold-2', '/cold-3']);
  });

  it('never queues a page the server fetches from itself while rendering another (the search frame, the not-found page)', async () => {
    let base = '';
    const html = { 'cache-control': 's-maxage=60', 'content-type': 'text/html; charset=utf-8' };
    const cache = createResponseCache({
      renders: createRenderQueue({ concurrency: 1, maxWaiting: 10 }),
      notFoundProbe: 'token',
      notFoundPage: async () => (await fetch(`${base}/_/_/not-found`, { headers: { 'x-not-found-probe': 'token' } })).text(),
    });
    const app = async (req: http.IncomingMessage, res: http.ServerResponse) => {
      const answer = (status: number, body: string) => {
        res.writeHead(status, html);
        res.end(body);
      };
      // The search page is written into the frame, which it fetches from this same server.
      if (req.url === '/search?q=a') answer(200, `results in ${await (await fetch(`${base}/search/frame`)).text()}`);
      else if (req.url === '/search/frame') answer(200, 'the frame');
      else if (req.url === '/_/_/not-found') answer(404, 'the not-found page');
      else answer(404, '<html id="__next_error__"><body>drawn in the browser</body></html>');
    };
    const server = http.createServer((req, res) => void cache.handle(req, res, app));
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    expect(await (await fetch(`${base}/search?q=a`)).text()).toBe('results in the frame');
    const missing = await fetch(`${base}/unknown-story`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('the not-found page');
  });

  it('answers 503 with Retry-After when too many renders of pages not yet asked for wait', async () => {
    const renders = createRenderQueue({ concurrency: 1, maxWaiting: 1 });
    const { get, framework } = await setup(() => ({ delayMs: 200 }), { renders });
    const first = get('/cold-1');
    await framework(1);
    const second = get('/cold-2');
    const refused = await get('/cold-3');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('serves a kept page as brotli, gzip or plain by what the client takes, with one Vary', async () => {
    const long = 'word '.repeat(2000);
    const { seen, raw } = await setup(() => ({ body: long, headers: { ...SHARED, vary: 'rsc, next-router-state-tree' } }));
    await raw('/', {});
    const br = await raw('/', { 'accept-encoding': 'br;q=0.5, gzip' });
    expect(br.headers['x-response-cache']).toBe('HIT');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('rsc, next-router-state-tree, Accept-Encoding');
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(long);
    expect((await raw('/', { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    expect(seen).toHaveLength(1);
  });

  it('chooses brotli over gzip, honours q=0 and the wildcard', async () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('gzip;q=0')).toBeNull();
  });

  it("substitutes the not-found page unless the request carries this process's probe token", async () => {
    const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-cache, no-store' };
    const notFoundPage = async () => '<html><body><h1>We can’t find that page</h1></body></html>';
    const { get } = await setup(() => ({ status: 404, body: shell, headers }), { notFoundPage, notFoundProbe: 'token-123' });
    expect((await get('/world/x', { 'x-not-found-probe': '1' })).body).toContain('We can’t find that page');
    expect((await get('/_/_/not-found', { 'x-not-found-probe': 'token-123' })).body).toBe(shell);
  });
});
