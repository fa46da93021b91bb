import http from 'node:http';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { atomProblems, jsonFeedProblems } from '../test/feed-checks';
import { e2eSql } from './helpers/e2e-sql';
import { signIn, STAFF, startStory, submitStory, uniqueHeadline } from './helpers/newsroom';

const LEAD = 'venezuela-russia-widen-cooperation-caracas-meeting';
const LEAD_PATH = `/energy/${LEAD}`;
const HIDDEN = ['draft-port-strike-talks', 'in-review-budget-vote-preview', 'scheduled-opec-meeting-preview', 'unpublished-retracted-mining-report'];
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category', 'dc:creator', 'atom:link'].includes(name) });
// The hub the e2e server names (scripts/e2e-server.mjs): a receiver of this journey's own, on loopback.
const HUB_PORT = Number(process.env.E2E_HUB_PORT ?? 3341);
const HUB = `http://127.0.0.1:${HUB_PORT}/hub`;
const FEED_PAGES = ['', '/energy', '/authors/ricardo-mendoza'];

async function fetchXml(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toMatch(/xml/);
  const text = await response.text();
  expect(XMLValidator.validate(text), url).toBe(true);
  for (const slug of HIDDEN) expect(text, `${url} must not list ${slug}`).not.toContain(slug);
  return { text, doc: parser.parse(text) };
}

test.describe('feeds and sitemaps', () => {
  test('RSS feeds parse and list only published stories, with full content', async ({ request }) => {
    const { doc } = await fetchXml(request, '/feed.xml');
    const channel = doc.rss.channel;
    expect(doc.rss['@_version']).toBe('2.0');
    const lead = channel.item.find((i: { link: string }) => i.link.endsWith(LEAD_PATH));
    expect(lead).toBeTruthy();
    expect(lead.guid).toMatchObject({ '@_isPermaLink': 'false' });
    expect(lead.guid['#text']).toMatch(/^urn:meridian:article:\d+$/);
    expect(lead['dc:creator']).toEqual(['Ricardo Mendoza']);
    expect(lead.category).toContain('Energy');
    expect(lead['content:encoded']).toContain('Borisov');
    expect(new Date(lead.pubDate).toUTCString()).toBe(lead.pubDate);

    const section = await fetchXml(request, '/energy/feed.xml');
    expect(section.text).toContain(LEAD_PATH);
    for (const item of section.doc.rss.channel.item) expect(item.link).toMatch(/\/energy\//);

    const author = await fetchXml(request, '/authors/ricardo-mendoza/feed.xml');
    expect(author.text).toContain(LEAD_PATH);

    expect((await request.get('/no-such-section/feed.xml')).status()).toBe(404);
    expect((await request.get('/authors/no-such-author/feed.xml')).status()).toBe(404);
  });

  test('pages advertise their feeds in RSS, Atom and JSON Feed', async ({ page, request }) => {
    const types: [string, string][] = [['application/rss+xml', 'feed.xml'], ['application/atom+xml', 'feed.atom'], ['application/feed+json', 'feed.json']];
    for (const base of FEED_PAGES) {
      await page.goto(base || '/');
      for (const [type, file] of types) {
        const href = await page.locator(`link[rel="alternate"][type="${type}"][href$="${base}/${file}"]`).first().getAttribute('href');
        expect(href, `${base || '/'} ${type}`).toBeTruthy();
        const response = await request.get(href ?? '');
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toBe(`${type}; charset=utf-8`);
      }
    }
  });

  test('Atom and JSON Feed meet their standards and carry the same published stories as RSS, with the hub', async ({ request }) => {
    for (const base of FEED_PAGES) {
      const rss = await fetchXml(request, `${base}/feed.xml`);
      const links = rss.doc.rss.channel['atom:link'].map((l: Record<string, string>) => [l['@_rel'], l['@_href']]);
      expect(links).toEqual([['self', expect.stringMatching(new RegExp(`${base}/feed\\.xml$`))], ['hub', HUB]]);
      const guids = rss.doc.rss.channel.item.map((i: { guid: { '#text': string } }) => i.guid['#text']);
      expect(guids.length).toBeGreaterThan(0);

      const atom = await request.get(`${base}/feed.atom`);
      const atomText = await atom.text();
      const checked = atomProblems(atomText);
      expect(checked.problems, `${base}/feed.atom`).toEqual([]);
      for (const slug of HIDDEN) expect(atomText).not.toContain(slug);
      const feed = parser.parse(atomText).feed;
      const entries = [feed.entry].flat();
      expect(entries.map((e: { id: string }) => e.id)).toEqual(guids);
      expect([feed.link].flat().find((l: Record<string, string>) => l['@_rel'] === 'hub')?.['@_href']).toBe(HUB);
      expect(feed['@_xml:lang']).toBe('en-GB');

      const json = await request.get(`${base}/feed.json`);
      const jsonText = await json.text();
      const validated = jsonFeedProblems(jsonText);
      expect(validated.problems, `${base}/feed.json`).toEqual([]);
      for (const slug of HIDDEN) expect(jsonText).not.toContain(slug);
      const items = (validated.feed?.items ?? []) as { id: string; content_html: string; url: string }[];
      expect(items.map((i) => i.id)).toEqual(guids);
      expect(validated.feed).toMatchObject({ hubs: [{ type: 'WebSub', url: HUB }], language: 'en-GB' });
      if (base === '') expect(items.find((i) => i.url.endsWith(LEAD_PATH))?.content_html).toContain('Borisov');
    }
    for (const missing of ['/no-such-section/feed.atom', '/no-such-section/feed.json', '/authors/no-such-author/feed.json']) {
      expect((await request.get(missing)).status(), missing).toBe(404);
    }
  });

  test('a publish announces the feeds it changed to the WebSub hub', async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const announced: string[] = [];
    const hub = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(body);
        if (req.method === 'POST' && form.get('hub.mode') === 'publish') announced.push(form.get('hub.url') ?? '');
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => hub.listen(HUB_PORT, '127.0.0.1', resolve));
    try {
      await signIn(page, STAFF.editor);
      await startStory(page, uniqueHeadline('Hub notice'));
      await submitStory(page, 'Publish now', /Published/);
      const expected = ['', '/business'].flatMap((base) => ['feed.xml', 'feed.atom', 'feed.json'].map((file) => new URL(`${base}/${file}`, baseURL).href));
      await expect.poll(() => expected.filter((url) => !announced.includes(url)), { timeout: 15_000 }).toEqual([]);
    } finally {
      hub.closeAllConnections();
      await new Promise((resolve) => hub.close(resolve));
    }
  });

  test('sitemaps parse, list only published stories, and robots.txt points to them', async ({ request }) => {
    const { doc } = await fetchXml(request, '/sitemap.xml');
    const locs: string[] = (doc.urlset?.url ?? []).map((u: { loc: string }) => u.loc);
    expect(locs.some((l) => l.endsWith(LEAD_PATH))).toBe(true);
    expect(locs.some((l) => l.endsWith('/energy'))).toBe(true);
    expect(locs.some((l) => l.endsWith('/authors/ricardo-mendoza'))).toBe(true);

    const news = await fetchXml(request, '/news-sitemap.xml');
    const entry = news.doc.urlset.url.find((u: { loc: string }) => u.loc.endsWith(LEAD_PATH));
    expect(entry['news:news']['news:publication']).toEqual({ 'news:name': 'Meridian Wire', 'news:language': 'en' });
    expect(entry['news:news']['news:title']).toMatch(/^Venezuela and Russia/);
    const published = Date.parse(entry['news:news']['news:publication_date']);
    expect(Date.now() - published).toBeLessThan(48 * 3_600_000);
    expect(news.doc.urlset.url.length).toBeLessThanOrEqual(1000);

    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: \S+\/sitemap\.xml/);
    expect(robots).toMatch(/Sitemap: \S+\/news-sitemap\.xml/);
  });
});

test.describe('structured data and sharing', () => {
  test('an article carries NewsArticle and BreadcrumbList JSON-LD, canonical and social tags', async ({ page, request }) => {
    await page.goto(LEAD_PATH);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.flatMap((b) => JSON.parse(b));
    const article = data.find((d: { '@type': string }) => d['@type'] === 'NewsArticle');
    expect(article.headline).toMatch(/^Venezuela and Russia/);
    expect(article.author).toEqual([expect.objectContaining({ '@type': 'Person', name: 'Ricardo Mendoza', url: expect.stringMatching(/\/authors\/ricardo-mendoza$/) })]);
    expect(article.publisher.logo.url).toMatch(/\/brand\/logo\.png$/);
    expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished));
    expect(article.image).toHaveLength(3);
    for (const url of [...article.image, article.publisher.logo.url]) {
      const image = await request.get(url);
      expect(image.status(), url).toBe(200);
      expect(image.headers()['content-type']).toMatch(/^image\/png/);
    }
    const crumbs = data.find((d: { '@type': string }) => d['@type'] === 'BreadcrumbList');
    expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Energy', article.headline]);

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${LEAD_PATH}$`));
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    const og = await request.get(ogImage ?? '');
    expect(og.status()).toBe(200);
    expect(og.headers()['content-type']).toMatch(/^image\/png/);
  });

  test('author and section pages carry ProfilePage and breadcrumbs', async ({ page }) => {
    await page.goto('/authors/ricardo-mendoza');
    const author = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((b) => JSON.parse(b));
    expect(author.find((d: { '@type': string }) => d['@type'] === 'ProfilePage').mainEntity).toMatchObject({ '@type': 'Person', name: 'Ricardo Mendoza' });
    expect(author.some((d: { '@type': string }) => d['@type'] === 'BreadcrumbList')).toBe(true);

    await page.goto('/energy');
    const section = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((b) => JSON.parse(b));
    expect(section.find((d: { '@type': string }) => d['@type'] === 'BreadcrumbList').itemListElement).toHaveLength(2);
  });

  test('old article addresses redirect permanently to the current one', async ({ request }) => {
    const wrongSection = await request.get(`/world/${LEAD}`, { maxRedirects: 0 });
    expect(wrongSection.status()).toBe(308);
    expect(wrongSection.headers().location).toMatch(new RegExp(`${LEAD_PATH}$`));

    // A renamed story: record the old slug the way the newsroom does on rename.
    const oldSlug = `e2e-renamed-${Date.now()}`;
    const [row] = await e2eSql<{ id: number }>('select id from articles where slug = ?', [LEAD]);
    await e2eSql("insert into slug_redirects (kind, old_slug, target_id) values ('article', ?, ?)", [oldSlug, row!.id]);
    const renamed = await request.get(`/energy/${oldSlug}`, { maxRedirects: 0 });
    expect(renamed.status()).toBe(308);
    expect(renamed.headers().location).toMatch(new RegExp(`${LEAD_PATH}$`));
  });
});

test.describe('content API', () => {
  // The API is rate limited per client address; the e2e server trusts X-Forwarded-For.
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.61' } });

  test('lists only published stories across every page of the cursor', async ({ request }) => {
    const slugs: string[] = [];
    let url: string | null = '/api/v1/articles?limit=5';
    for (let i = 0; url && i < 100; i++) {
      const response: APIResponse = await request.get(url);
      expect(response.status()).toBe(200);
      expect(response.headers()['access-control-allow-origin']).toBe('*');
      const body: { data: { slug: string }[]; nextCursor: string | null } = await response.json();
      slugs.push(...body.data.map((a) => a.slug));
      url = body.nextCursor ? `/api/v1/articles?limit=5&cursor=${body.nextCursor}` : null;
    }
    expect(slugs).toContain(LEAD);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const hidden of HIDDEN) expect(slugs).not.toContain(hidden);

    for (const hidden of HIDDEN) {
      const response = await request.get(`/api/v1/articles/${hidden}`);
      expect(response.status()).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
    const author = await (await request.get('/api/v1/authors/ricardo-mendoza')).json();
    expect(author.data.name).toBe('Ricardo Mendoza');
    for (const hidden of HIDDEN) expect(JSON.stringify(author)).not.toContain(hidden);
    const sections = await (await request.get('/api/v1/sections')).json();
    expect(sections.data.map((s: { slug: string }) => s.slug)).toContain('energy');
  });

  test('returns one story in full with validators and answers 304', async ({ request }) => {
    const first = await request.get(`/api/v1/articles/${LEAD}`);
    expect(first.status()).toBe(200);
    const body = await first.json();
    expect(body.data).toMatchObject({ slug: LEAD, section: { slug: 'energy' }, authors: [{ slug: 'ricardo-mendoza' }] });
    expect(body.data.bodyHtml).toContain('Borisov');
    const etag = first.headers().etag ?? '';
    const lastModified = first.headers()['last-modified'] ?? '';
    expect(etag).toBeTruthy();
    expect(lastModified).toBeTruthy();

    const byEtag = await request.get(`/api/v1/articles/${LEAD}`, { headers: { 'If-None-Match': etag } });
    expect(byEtag.status()).toBe(304);
    expect(byEtag.headers().etag).toBe(etag);
    const byDate = await request.get(`/api/v1/articles/${LEAD}`, { headers: { 'If-Modified-Since': lastModified } });
    expect(byDate.status()).toBe(304);
    const list = await request.get('/api/v1/articles');
    expect((await request.get('/api/v1/articles', { headers: { 'If-None-Match': list.headers().etag ?? '' } })).status()).toBe(304);
  });

  test('bad input is a JSON 400 and preflight allows any origin', async ({ request }) => {
    for (const query of ['cursor=not-a-cursor', 'cursor=%00', 'limit=0', 'limit=abc', 'section=..%2Fx']) {
      const response = await request.get(`/api/v1/articles?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe('bad_request');
      expect(JSON.stringify(body)).not.toMatch(/at \S+\.(ts|js):\d+/);
    }
    const preflight = await request.fetch('/api/v1/articles', { method: 'OPTIONS', headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()['access-control-allow-origin']).toBe('*');
    expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
  });
});
