import { expect, test } from '@playwright/test';
import { signIn, STAFF, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

const ARTICLE = '/energy/venezuela-russia-widen-cooperation-caracas-meeting';

test.describe('security headers', () => {
  test('reader pages carry a strict content policy and the standard headers', async ({ request }) => {
    for (const path of ['/', ARTICLE, '/authors/ricardo-mendoza', '/no-such-page']) {
      const res = await request.get(path);
      const h = res.headers();
      const csp = h['content-security-policy'] ?? '';
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['x-request-id']).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
      expect(h['x-powered-by']).toBeUndefined();
      // Plain HTTP here: no HSTS.
      expect(h['strict-transport-security']).toBeUndefined();
    }
  });

  test('reader pages are plain HTML: they load no script and their policy runs none', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    for (const path of ['/', ARTICLE, '/authors/ricardo-mendoza', '/energy', '/tags/oil', '/search?q=oil']) {
      const res = await page.goto(path);
      expect(res?.headers()['content-security-policy'], path).toContain("script-src 'none'");
      const types = await page.locator('script').evaluateAll((els) => els.map((e) => e.getAttribute('type')));
      expect(types.filter((t) => t !== 'application/ld+json'), path).toEqual([]);
    }
    expect(scripts).toEqual([]);
    // Still a working site: a story link on the home page leads to the story.
    await page.goto('/');
    await page.locator('main article a[href^="/energy/"]').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(new URL(page.url()).pathname).toMatch(/^\/energy\/[a-z0-9-]+$/);
  });

  test('HSTS is sent when the request came over HTTPS through the reverse proxy', async ({ request }) => {
    const res = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers()['strict-transport-security']).toContain('max-age=');
  });

  test('newsroom pages allow scripts only with the per-request nonce', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto('/login');
    const csp = response?.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).not.toContain("'unsafe-inline' 'strict-dynamic'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    // Every script the server wrote carries this response's nonce. Scripts those load later (the
    // bundler's chunk loader) need none: 'strict-dynamic' trusts what a trusted script inserts.
    const written = [...(await response!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(written.length).toBeGreaterThan(0);
    for (const tag of written) expect(tag).toContain(`nonce="${nonce}"`);
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(violations).toEqual([]);
    const second = await page.request.get('/login');
    expect(second.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);
  });
});

test.describe('operations', () => {
  test('health check reports the database and migrations', async ({ request }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toContain('no-store');
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'current' });
  });

  test('search and the content API answer 429 with Retry-After once a client exceeds its limit', async ({ request }) => {
    // Each test client gets its own address (the e2e server trusts X-Forwarded-For) so other specs keep their budget.
    // Requests differ each time: a repeat of a recent search or API call is answered from the
    // server's response cache and costs nothing, so only requests the server has to run count.
    for (const [path, limit, query] of [
      ['/search', 20, (i: number) => `?q=oil+${i}`],
      ['/api/v1/sections', 40, (i: number) => `?n=${i}`],
    ] as const) {
      const headers = { 'x-forwarded-for': `198.51.100.${path.length}` };
      const statuses: number[] = [];
      for (let i = 0; i <= limit; i++) statuses.push((await request.get(path + query(i), { headers })).status());
      expect(statuses.slice(0, limit).every((s) => s !== 429), path).toBe(true);
      const refused = await request.get(path + query(limit + 1), { headers });
      expect(refused.status(), path).toBe(429);
      expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
      if (path.startsWith('/api/')) {
        expect(refused.headers()['access-control-allow-origin']).toBe('*');
        expect((await refused.json()).error.code).toBe('rate_limited');
      }
      // Another client is unaffected.
      const other = await request.get(path + query(limit + 2), { headers: { 'x-forwarded-for': '198.51.100.250' } });
      expect(other.status(), path).not.toBe(429);
    }
  });
});

test('the session cookie is HttpOnly and SameSite=Lax, and expires', async ({ page }) => {
  await signIn(page, STAFF.contributor);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => /session-token/.test(c.name));
  expect(session, cookies.map((c) => c.name).join(', ')).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');
  // Served over plain HTTP here; over HTTPS Auth.js adds Secure and the __Secure- prefix.
  expect(session!.expires).toBeGreaterThan(Date.now() / 1000);
  expect(session!.expires).toBeLessThanOrEqual(Date.now() / 1000 + 8 * 3600 + 60);
});

test('sign-in posts from one client are cut off with 429 past the limit', async ({ request }) => {
  const headers = { 'x-forwarded-for': '198.51.100.77', 'content-type': 'application/x-www-form-urlencoded' };
  const statuses: number[] = [];
  // The e2e server allows 300 sign-in posts a minute per client.
  for (let batch = 0; batch < 31; batch++) {
    statuses.push(...(await Promise.all(Array.from({ length: 10 }, () => request.post('/login', { headers, data: 'x=1', maxRedirects: 0 }).then((r) => r.status())))));
  }
  expect(statuses.filter((s) => s === 429).length).toBe(10);
  const refused = await request.post('/login', { headers, data: 'x=1', maxRedirects: 0 });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
});

test.describe('cross-site request forgery', () => {
  test('a server action or upload posted from a foreign origin is refused even with a valid session', async ({ page }) => {
    const headline = uniqueHeadline('CSRF target');
    await signIn(page, STAFF.editor);
    await startStory(page, headline);
    await submitStory(page, 'Save draft', /Saved/);
    const id = storyIdFromUrl(page);

    // Capture a genuine save request (Next-Action id, body) from the editor.
    let captured: { url: string; headers: Record<string, string>; body: string } | null = null;
    const storyUrl = (url: URL) => url.pathname === `/admin/stories/${id}`;
    await page.route(storyUrl, async (route) => {
      const req = route.request();
      if (req.method() === 'POST' && req.headers()['next-action']) captured = { url: req.url(), headers: req.headers(), body: req.postData() ?? '' };
      await route.continue();
    });
    await page.getByLabel('Headline').fill(`${headline} v2`);
    // Autosave may send it first; either way wait for a save request to come back.
    // (An action request, not the editor's presence report to /admin/stories/{id}/presence.)
    const saved = page.waitForResponse((r) => r.request().method() === 'POST' && storyUrl(new URL(r.url())) && !!r.request().headers()['next-action']);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await saved;
    await page.unroute(storyUrl);
    expect(captured).not.toBeNull();
    const req = captured as unknown as { url: string; headers: Record<string, string>; body: string };

    // Replay it with the editor's cookies but from another site.
    const forgedBody = req.body.replace(/(name="[^"]*headline"\r\n\r\n)[^\r]*/, '$1Forged headline');
    const forged = await page.request.post(req.url, { headers: { ...req.headers, origin: 'https://evil.example' }, data: forgedBody, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    const nullOrigin = await page.request.post(req.url, { headers: { ...req.headers, origin: 'null' }, data: forgedBody, maxRedirects: 0 });
    expect(nullOrigin.status()).toBe(403);

    const upload = await page.request.post('/admin/media', {
      headers: { origin: 'https://evil.example' },
      multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('irrelevant') } },
    });
    expect(upload.status()).toBe(403);

    await page.reload();
    await expect(page.getByLabel('Headline')).toHaveValue(`${headline} v2`);
  });
});
