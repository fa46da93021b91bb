import { expect, test } from '@playwright/test';

const LEAD = {
  slug: 'venezuela-russia-widen-cooperation-caracas-meeting',
  section: 'energy',
};

test.describe('reader journeys', () => {
  test('home → article → author → section → tag', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();

    // Other journeys publish stories while this one runs, so the seeded story may no longer lead.
    await expect(page.getByRole('region', { name: 'Lead story' }).getByRole('heading', { level: 3 })).toBeVisible();
    const story = page.getByRole('main').getByRole('link', { name: /Venezuela and Russia/ }).first();
    await expect(story).toBeVisible();
    await story.click();
    await expect(page).toHaveURL(new RegExp(`/${LEAD.section}/${LEAD.slug}$`));

    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText('Venezuela');
    await expect(page.getByText('Source: Gestion')).toBeVisible();
    const published = page.locator('time[datetime]').first();
    await expect(published).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await expect(page.locator('.story-body blockquote').first()).toBeVisible();

    const aboutAuthor = page.getByRole('complementary', { name: /About the author/ });
    await expect(aboutAuthor).toContainText('Ricardo');
    await expect(aboutAuthor).toContainText(/is a journalist/);
    await expect(aboutAuthor).toContainText(/works as a writer/);
    await expect(aboutAuthor.getByRole('img')).toHaveAttribute('alt', /Ricardo/);

    // Byline links to the author page.
    await page.getByRole('link', { name: /Ricardo/ }).first().click();
    await expect(page).toHaveURL(/\/authors\/ricardo-mendoza$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ricardo');
    await expect(page.getByRole('link', { name: /Venezuela/ }).first()).toBeVisible();

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Energy' }).click();
    await expect(page).toHaveURL(/\/energy$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Energy');

    await page.goto(`/${LEAD.section}/${LEAD.slug}`);
    await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: /OPEC/i }).click();
    await expect(page).toHaveURL(/\/tags\/opec$/);
    await expect(page.getByRole('link', { name: /Venezuela/ }).first()).toBeVisible();
  });

  test('headings are in order and images have alt text on the article page', async ({ page }) => {
    await page.goto(`/${LEAD.section}/${LEAD.slug}`);
    const levels = await page.locator('main h1, main h2, main h3, main h4').evaluateAll((els) => els.map((e) => Number(e.tagName[1])));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const missingAlt = await page.locator('img:not([alt])').count();
    expect(missingAlt).toBe(0);
  });

  test('stories that are not published are 404 without leaking the headline', async ({ request }) => {
    for (const [section, slug] of [
      ['politics', 'draft-port-strike-talks'],
      ['politics', 'in-review-budget-vote-preview'],
      ['energy', 'scheduled-opec-meeting-preview'],
      ['business', 'unpublished-retracted-mining-report'],
    ]) {
      for (const s of [section, 'world', 'business', 'energy']) {
        const res = await request.get(`/${s}/${slug}`, { maxRedirects: 0 });
        expect(res.status(), `${s}/${slug}`).toBe(404);
        expect(await res.text()).not.toMatch(/port strike|budget vote preview|OPEC meeting preview|mining report/i);
      }
    }
  });

  test('unknown slugs and bad page numbers are clean 404s', async ({ request }) => {
    const paths = [
      '/no-such-section',
      '/energy/no-such-story',
      '/authors/nobody',
      '/tags/nothing-here',
      '/energy?page=0',
      '/energy?page=-3',
      '/energy?page=abc',
      '/energy?page=99999999',
      '/authors/ricardo-mendoza?page=abc',
      '/tags/oil?page=-1',
      `/energy/${'x'.repeat(500)}`,
      '/energy/%F0%9F%92%A5%3Cscript%3E',
      `/authors/${'é'.repeat(100)}`,
    ];
    for (const p of paths) {
      const res = await request.get(p, { maxRedirects: 0 });
      expect(res.status(), p).toBe(404);
      // Rendered on the server, not drawn in the browser from Next's error shell.
      const html = await res.text();
      expect(html, p).toMatch(/<h1[^>]*>We can’t find that page<\/h1>/);
      expect(html, p).not.toContain('__next_error__');
    }
    const first = await request.get('/energy?page=1', { maxRedirects: 0 });
    expect([200, 308]).toContain(first.status());
  });

  test("a page's payload carries no not-found page of its own", async ({ request }) => {
    // A root not-found.tsx would be rendered into every page, twice, with the header and footer
    // it draws around its message: the page for unknown addresses is app/global-not-found.tsx,
    // and reader pages carry only the message ((site)/not-found.tsx).
    const res = await request.get(`/${LEAD.section}/${LEAD.slug}`, { headers: { RSC: '1' } });
    expect(res.status()).toBe(200);
    const payload = await res.text();
    expect(payload).toContain(LEAD.slug);
    // One header (its section navigation) and one footer: the page's own.
    expect(payload.match(/"aria-label":"Sections"/g)).toHaveLength(1);
    expect(payload.match(/Staff sign-in/g)).toHaveLength(1);
  });

  test('a 404 reads the same without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const res = await page.goto('/energy/no-such-story');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'We can’t find that page' })).toBeVisible();
    await expect(page).toHaveTitle(/^Page not found \| /);
    await expect(page.getByRole('banner').getByRole('link', { name: /home/ })).toBeVisible();
    await page.getByRole('link', { name: 'Search stories' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await context.close();
  });

  test('a story requested under the wrong section redirects permanently', async ({ request }) => {
    const res = await request.get(`/world/${LEAD.slug}`, { maxRedirects: 0 });
    expect(res.status()).toBe(308);
    expect(res.headers()['location']).toContain(`/${LEAD.section}/${LEAD.slug}`);
  });

  test('listings paginate with ?page=', async ({ page }) => {
    // The e2e server lists four stories a page, so the seeded energy section spans two pages.
    await page.goto('/energy');
    const pager = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pager.getByText('Page 1 of 2')).toBeVisible();
    const firstPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    await pager.getByRole('link', { name: /Older/ }).click();
    await expect(page).toHaveURL(/\/energy\?page=2$/);
    await expect(page.getByRole('navigation', { name: 'Pagination' }).getByText('Page 2 of 2')).toBeVisible();
    const secondPage = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.some((h) => firstPage.includes(h))).toBe(false);
    const beyond = await page.request.get('/energy?page=3', { maxRedirects: 0 });
    expect(beyond.status()).toBe(404);
  });
});
