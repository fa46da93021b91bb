import { execFileSync } from 'node:child_process';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { ARTICLE } from './helpers/site-pages';

type Ld = Record<string, unknown> & { '@type': string };

/** The share and search metadata every reader page type must carry, with its JSON-LD types. */
const PAGES: { path: string; ogType: string; card: string; ld: string[]; title: RegExp }[] = [
  { path: '/', ogType: 'website', card: 'summary', ld: ['WebSite', 'NewsMediaOrganization'], title: /^Meridian Wire: / },
  { path: ARTICLE, ogType: 'article', card: 'summary_large_image', ld: ['NewsArticle', 'BreadcrumbList'], title: /Venezuela/ },
  { path: '/energy', ogType: 'website', card: 'summary', ld: ['CollectionPage', 'BreadcrumbList'], title: /^Energy \| Meridian Wire$/ },
  { path: '/tags/oil', ogType: 'website', card: 'summary', ld: ['CollectionPage', 'BreadcrumbList'], title: /^Oil \| Meridian Wire$/ },
  { path: '/authors/ricardo-mendoza', ogType: 'profile', card: 'summary', ld: ['ProfilePage', 'BreadcrumbList'], title: /^Ricardo Mendoza \| Meridian Wire$/ },
];

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');

async function expectImage(request: APIRequestContext, url: string | null) {
  expect(url).toMatch(/^http:\/\//);
  const image = await request.get(url!);
  expect(image.status(), url!).toBe(200);
  expect(image.headers()['content-type']).toMatch(/^image\//);
}

test.describe('share and search metadata', () => {
  for (const p of PAGES) {
    test(`${p.path} carries title, canonical, Open Graph, X card and JSON-LD`, async ({ page, request, baseURL }) => {
      await page.goto(p.path);
      const url = new URL(p.path, baseURL).href;
      await expect(page).toHaveTitle(p.title);
      expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
      expect((await meta(page, 'description'))?.length).toBeGreaterThan(10);
      // Compared as URLs: Next writes the home page's address without its trailing slash.
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').href).toBe(url);
      expect(new URL((await meta(page, 'og:url')) ?? '').href).toBe(url);
      expect(await meta(page, 'og:type')).toBe(p.ogType);
      expect(await meta(page, 'og:locale')).toBe('en_GB');
      expect(await meta(page, 'og:site_name')).toBe('Meridian Wire');
      expect((await meta(page, 'og:title'))?.length).toBeGreaterThan(1);
      expect((await meta(page, 'og:description'))?.length).toBeGreaterThan(10);
      await expectImage(request, await meta(page, 'og:image'));
      const alt = await meta(page, 'og:image:alt');
      expect(alt?.length).toBeGreaterThan(3);
      expect(alt).not.toBe('Meridian Wire story');

      expect(await meta(page, 'twitter:card')).toBe(p.card);
      expect(await meta(page, 'twitter:site')).toMatch(/^@\w+$/);
      expect((await meta(page, 'twitter:title'))?.length).toBeGreaterThan(1);
      await expectImage(request, await meta(page, 'twitter:image'));

      const ld: Ld[] = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) => JSON.parse(text));
      expect(ld.map((d) => d['@type']).sort()).toEqual([...p.ld].sort());
      for (const d of ld) expect(d['@context']).toBe('https://schema.org');
      const byType = (type: string) => ld.find((d) => d['@type'] === type);
      if (p.path === ARTICLE) expect(alt).toContain(await page.getByRole('heading', { level: 1 }).textContent());
      if (p.ld.includes('CollectionPage')) expect(byType('CollectionPage')).toMatchObject({ url, name: expect.any(String), inLanguage: 'en-GB' });
      if (p.path === '/') {
        expect(byType('WebSite')).toMatchObject({
          url,
          name: 'Meridian Wire',
          potentialAction: { '@type': 'SearchAction', target: { urlTemplate: `${new URL('/search', baseURL).href}?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
        });
        expect(byType('NewsMediaOrganization')).toMatchObject({ name: 'Meridian Wire', url, logo: { '@type': 'ImageObject' } });
      }
    });
  }
});

test('the feeds and the news sitemap name the same language as the pages', async ({ request }) => {
  const feed = await (await request.get('/feed.xml')).text();
  expect(/<language>([^<]+)<\/language>/.exec(feed)?.[1]).toBe('en-GB');
  const atom = await (await request.get('/feed.atom')).text();
  expect(/<feed [^>]*xml:lang="([^"]+)"/.exec(atom)?.[1]).toBe('en-GB');
  expect((await (await request.get('/feed.json')).json()).language).toBe('en-GB');
  const news = await (await request.get('/news-sitemap.xml')).text();
  expect(/<news:language>([^<]+)<\/news:language>/.exec(news)?.[1]).toBe('en');
});

test('robots.txt reads the same to first-match and longest-match parsers', async ({ request, baseURL }) => {
  const text = await (await request.get('/robots.txt')).text();
  // Python's urllib.robotparser applies the first rule that matches a path.
  const verdicts = execFileSync(
    'python3',
    [
      '-c',
      'import sys, urllib.robotparser as r\np = r.RobotFileParser()\np.parse(sys.stdin.read().splitlines())\nfor u in sys.argv[1:]: print(u, p.can_fetch("*", u))',
      ...['/', ARTICLE, '/tags/oil', '/admin', '/admin/stories/1', '/login', '/search?q=oil', '/api/v1/articles'].map((u) => new URL(u, baseURL).href),
    ],
    { input: text, encoding: 'utf8' },
  );
  expect(verdicts.trim().split('\n').map((l) => l.replace(baseURL ?? '', ''))).toEqual([
    '/ True',
    `${ARTICLE} True`,
    '/tags/oil True',
    '/admin False',
    '/admin/stories/1 False',
    '/login False',
    '/search?q=oil False',
    '/api/v1/articles False',
  ]);
  expect(text).toMatch(/Sitemap: http:\/\/\S+\/sitemap\.xml/);
});

test('the site ships its icons and a web manifest', async ({ page, request }) => {
  await page.goto('/');
  for (const href of ['/favicon.ico', ...(await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? '')))]) {
    const icon = await request.get(href);
    expect(icon.status(), href).toBe(200);
    expect(icon.headers()['content-type'], href).toMatch(/^image\//);
  }
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(manifestHref ?? '')).json();
  expect(manifest).toMatchObject({ name: 'Meridian Wire', start_url: '/' });
  for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
});

test.describe('content API and its OpenAPI description agree', () => {
  test('an unknown section or author filter is a 400 that says which', async ({ request }) => {
    const section = await request.get('/api/v1/articles?section=no-such-section');
    expect(section.status()).toBe(400);
    expect((await section.json()).error.details.section[0]).toContain('no-such-section');
    const author = await request.get('/api/v1/articles?author=nobody-here');
    expect(author.status()).toBe(400);
    expect((await author.json()).error.details.author[0]).toContain('nobody-here');
    expect((await request.get('/api/v1/articles?section=energy')).status()).toBe(200);
  });

  test('a slug outside the documented pattern is a 400, a well-formed unknown one a 404', async ({ request }) => {
    const doc = await (await request.get('/openapi.json')).json();
    const param = doc.paths['/api/v1/articles/{slug}'].get.parameters.find((p: { name: string }) => p.name === 'slug');
    const pattern = new RegExp(param.schema.pattern);
    for (const [path, bad] of [['/api/v1/articles/', 'Not_A_Slug'], ['/api/v1/authors/', 'double--hyphen']]) {
      expect(pattern.test(bad!)).toBe(false);
      const response = await request.get(`${path}${bad}`);
      expect(response.status(), `${path}${bad}`).toBe(400);
      expect((await response.json()).error.code).toBe('bad_request');
      expect((await request.get(`${path}well-formed-but-unknown`)).status()).toBe(404);
    }
    expect(doc.security).toEqual([]);
    expect(doc.components.securitySchemes).toBeUndefined();
  });

  test('the description passes Redocly’s recommended ruleset', () => {
    const report = JSON.parse(
      execFileSync('npx', ['redocly', 'lint', 'public/openapi.json', '--extends', 'recommended', '--format', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
    );
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
