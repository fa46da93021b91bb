import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerClientError, guardRequest, MAX_URL_CHARS, readPreviewModeId, SERVER_OPTIONS } from './request-guard.mjs';

let servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers) s.close();
  servers = [];
});

/** A server with the guard in front of an app that records what reached it. */
async function setup(previewModeId: string | null = 'build-preview-id') {
  const reached: http.IncomingHttpHeaders[] = [];
  // As scripts/server.mjs makes it.
  const server = http.createServer(SERVER_OPTIONS, (req, res) => {
    if (guardRequest(req, res, { previewModeId, trustProxy: false })) return;
    reached.push({ ...req.headers });
    res.end('app');
  });
  server.on('clientError', answerClientError);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  // Raw requests: fetch would refuse TRACE and normalise the paths.
  const send = (method: string, target: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: target, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  return { reached, send, origin: `http://127.0.0.1:${port}` };
}

const expectSecurityHeaders = (headers: http.IncomingHttpHeaders, csp: RegExp = /script-src 'self' 'unsafe-inline'/) => {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toMatch(csp);
};

describe('request guard', () => {
  it('lets a 20 KB search reach the app (its route answers 414 in the site page); other long addresses get a readable 414, oversized headers a readable 431', async () => {
    const { send, reached } = await setup();
    const q = 'x'.repeat(20 * 1024);
    expect((await send('GET', `/search?q=${q}`)).body).toBe('app');
    expect(reached).toHaveLength(1);
    const long = await send('GET', `/world?x=${'y'.repeat(MAX_URL_CHARS)}`);
    expect(long.status).toBe(414);
    expect(long.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(long.body).toMatch(/<h1>Address too long<\/h1>.*<a href="\/">Latest news<\/a>/s);
    expectSecurityHeaders(long.headers);
    const huge = await send('GET', `/search?q=${'z'.repeat(SERVER_OPTIONS.maxHeaderSize)}`);
    expect(huge.status).toBe(431);
    expect(huge.body).toMatch(/<h1>Request too large<\/h1>/);
    expectSecurityHeaders(huge.headers);
    expect(reached).toHaveLength(1);
  });

  it('answers malformed percent-encoding with 400 and the security headers', async () => {
    const { send, reached } = await setup();
    for (const target of ['/%ff', '/world/%ff%fe', '/authors/%c0', '/media/%ff.webp', '/api/v1/articles/%ff', '/%']) {
      const res = await send('GET', target);
      expect(res.status, target).toBe(400);
      expectSecurityHeaders(res.headers);
    }
    const admin = await send('GET', '/admin/%ff');
    expect(admin.status).toBe(400);
    expectSecurityHeaders(admin.headers, /default-src 'none'/);
    // Well-formed addresses, and odd bytes in the query (the pages parse it themselves), go on.
    expect((await send('GET', '/world/caf%C3%A9')).status).toBe(200);
    expect((await send('GET', '/search?q=%ff')).status).toBe(200);
    expect(reached).toHaveLength(2);
  });

  it('answers methods the site does not use with 405 and an Allow header', async () => {
    const { send, reached } = await setup();
    for (const method of ['TRACE', 'PROPFIND', 'PURGE']) {
      const res = await send(method, '/api/v1/articles');
      expect(res.status, method).toBe(405);
      expect(res.headers.allow).toContain('GET');
      expectSecurityHeaders(res.headers);
    }
    for (const method of ['GET', 'HEAD', 'POST', 'OPTIONS']) expect((await send(method, '/api/v1/articles')).status, method).toBe(200);
    expect(reached).toHaveLength(4);
  });

  it('refuses server-action posts to reader pages: 403 from another site, 404 from ours', async () => {
    const { send, reached, origin } = await setup();
    const action = { 'next-action': '60b59abff88ea7e8b28286e5a166e825da1ef269c5', 'content-type': 'text/plain;charset=UTF-8' };
    const foreign = await send('POST', '/world/a-story', { ...action, origin: 'https://evil.example' }, '[]');
    expect(foreign.status).toBe(403);
    expectSecurityHeaders(foreign.headers);
    expect((await send('POST', '/world/a-story', { ...action, 'sec-fetch-site': 'cross-site' }, '[]')).status).toBe(403);
    const own = await send('POST', '/world/a-story', { ...action, origin }, '[]');
    expect(own.status).toBe(404);
    expectSecurityHeaders(own.headers);
    expect(reached).toHaveLength(0);
    // The newsroom's, sign-in's and invitation's actions go on to the app (and its own checks).
    for (const target of ['/admin/stories/new', '/login', '/invite/abc']) expect((await send('POST', target, { ...action, origin }, '[]')).status, target).toBe(200);
  });

  it("passes on only the build's own revalidation header", async () => {
    const { send, reached } = await setup();
    await send('GET', '/a', { 'x-prerender-revalidate': 'guessed' });
    await send('GET', '/a', { 'x-prerender-revalidate': 'build-preview-id' });
    expect(reached[0]).not.toHaveProperty('x-prerender-revalidate');
    expect(reached[1]?.['x-prerender-revalidate']).toBe('build-preview-id');
    const blind = await setup(null);
    await blind.send('GET', '/a', { 'x-prerender-revalidate': 'anything' });
    expect(blind.reached[0]).not.toHaveProperty('x-prerender-revalidate');
  });

  it('reads the preview id from the build (NEXT_DIST_DIR), or none', async () => {
    const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
    try {
      expect(readPreviewModeId(dist)).toBeNull();
      fs.writeFileSync(path.join(dist, 'prerender-manifest.json'), JSON.stringify({ preview: { previewModeId: 'abc123' } }));
      expect(readPreviewModeId(dist)).toBe('abc123');
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
