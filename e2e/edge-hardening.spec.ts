import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';

// What the production server answers itself at the reader edge (scripts/request-guard.mjs,
// scripts/response-cache.mjs), against the real build.

const ARTICLE = '/technology/chipmakers-expand-capacity-amid-ai-server-boom';
const routeCacheDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'route-cache');

function expectSecurityHeaders(res: APIResponse, where: string) {
  const h = res.headers();
  expect(h['x-content-type-options'], where).toBe('nosniff');
  expect(h['x-frame-options'], where).toBe('DENY');
  expect(h['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(h['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(h['permissions-policy'], where).toContain('camera=()');
  expect(h['content-security-policy'], where).toContain("frame-ancestors 'none'");
}

test('malformed addresses and unknown methods get 400/404/405 with the security headers, never a 500', async ({ request }) => {
  for (const url of ['/%ff', '/world/%ff%fe', '/authors/%c0', '/media/%ff.webp', '/api/v1/articles/%ff', '/admin/%ff']) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect([400, 404], url).toContain(res.status());
    expectSecurityHeaders(res, url);
  }
  for (const method of ['TRACE', 'PROPFIND']) {
    const res = await request.fetch('/api/v1/articles', { method });
    expect(res.status(), method).toBe(405);
    expectSecurityHeaders(res, method);
  }
  expect((await request.get(ARTICLE)).status()).toBe(200);
});

test('a server-action post to a reader page is refused: 403 from another site, 404 from ours', async ({ request, baseURL }) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json'), 'utf8'));
  // A real action id (another screen's): Next would look it up and run or forward it.
  const actionId = Object.keys(manifest.node)[0]!;
  const post = (origin: string) =>
    request.post(ARTICLE, { headers: { 'Next-Action': actionId, Origin: origin, 'Content-Type': 'text/plain;charset=UTF-8' }, data: '[]', maxRedirects: 0 });
  for (let i = 0; i < 3; i++) {
    const foreign = await post('https://evil.example');
    expect(foreign.status()).toBe(403);
    expectSecurityHeaders(foreign, 'foreign action');
    const own = await post(baseURL!);
    expect(own.status()).toBe(404);
    expectSecurityHeaders(own, 'own action');
  }
  expect((await request.get(ARTICLE)).status()).toBe(200);
});

test('a client-sent x-prerender-revalidate does not empty the response cache', async ({ request }) => {
  // Another spec's publish may expire everything between the two reads of a pair: a few pairs are
  // allowed. A header that empties the cache never lets its own request be a HIT.
  const answers: (string | undefined)[] = [];
  for (let pair = 0; pair < 5 && !answers.includes('HIT'); pair++) {
    await request.get(ARTICLE);
    answers.push((await request.get(ARTICLE, { headers: { 'x-prerender-revalidate': 'guessed' } })).headers()['x-response-cache']);
  }
  expect(answers).toContain('HIT');
});

test('reader pages render from the database on request: no page cache on disk, and the build kept no copy', async ({ request }) => {
  const token = `nosuch${Date.now().toString(36)}`;
  for (const url of [`/world/${token}`, `/tags/${token}`, `/authors/${token}/feed.xml`, `/sitemaps/${token}.xml`]) {
    expect((await request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
  }
  for (const url of [ARTICLE, '/', '/feed.xml']) expect((await request.get(url)).status(), url).toBe(200);
  // Nothing kept on disk, and nothing prerendered at build time: a copy made then would outlive a
  // restore or a switch of database. (The icons are files of the repository, and Next's
  // global-error shell shows no data.)
  const icon = /(?:^|\/)(?:favicon\.ico|(?:apple-)?icon\.png)\.(?:body|meta)$/;
  const files = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : []);
  expect(files(routeCacheDir).filter((f) => /\.(?:html|body|rsc|meta)$/.test(f) && !icon.test(f))).toEqual([]);
  const appDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'app');
  expect(files(appDir).filter((f) => /\.(?:html|body)$/.test(f) && !icon.test(f) && f !== '_global-error.html')).toEqual([]);
});

test('a page that is not in the response cache yet goes out compressed, brotli first', async ({ request }) => {
  const miss = await request.get(`${ARTICLE}?fresh=${Date.now().toString(36)}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
  expect(miss.headers()['x-response-cache']).toBe('MISS');
  expect(miss.headers()['content-encoding']).toBe('br');
  expect(miss.headers()['vary']).toMatch(/accept-encoding/i);
  expect(await miss.text()).toContain('</html>');
  const gzip = await request.get(`${ARTICLE}?fresh=g${Date.now().toString(36)}`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
});
