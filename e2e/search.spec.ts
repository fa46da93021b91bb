import { expect, test } from '@playwright/test';

const LEAD_HEADLINE = /Venezuela and Russia move to widen cooperation/;
const HIDDEN_HEADLINES = [
  'Port workers and operators resume talks to avert strike',
  'Budget vote looms as government seeks support from smaller parties',
  'OPEC+ ministers meet with output policy and market share in focus',
  'Mining company accused of underreporting water use',
];

// Search is rate limited per client address and the e2e server trusts X-Forwarded-For: give this
// spec its own addresses so it neither trips nor drains other specs' budgets.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '203.0.113.51' } });

test.describe('search', () => {
  test('the header search finds a seeded story and highlights the term', async ({ page }) => {
    await page.goto('/');
    const form = page.getByRole('banner').getByRole('search');
    await form.getByRole('searchbox', { name: 'Search stories' }).fill('Borisov');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=Borisov$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    const result = page.getByRole('link', { name: LEAD_HEADLINE });
    await expect(result).toBeVisible();
    await expect(page.locator('mark', { hasText: /^Borisov$/ }).first()).toBeVisible();
    // The query is kept in the page's own form.
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('Borisov');
    await result.click();
    await expect(page).toHaveURL(/\/energy\/venezuela-russia-widen-cooperation-caracas-meeting$/);
  });

  test('matches the last word as a prefix and filters by section and author', async ({ page }) => {
    await page.goto('/search?q=caracas%20meet');
    await expect(page.getByRole('link', { name: LEAD_HEADLINE })).toBeVisible();

    await page.goto('/search?q=oil');
    await page.getByLabel('Section', { exact: true }).selectOption('energy');
    await page.getByLabel('Author', { exact: true }).selectOption('ricardo-mendoza');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/section=energy/);
    await expect(page.getByRole('link', { name: LEAD_HEADLINE })).toBeVisible();
    const kickers = page.getByRole('main').getByRole('listitem').getByText(/^(World|Politics|Business|Technology|Health)$/);
    await expect(kickers).toHaveCount(0);
  });

  test('never shows drafts, stories in review, future or unpublished stories', async ({ page }) => {
    for (const headline of HIDDEN_HEADLINES) {
      await page.goto(`/search?q=${encodeURIComponent(headline)}`);
      await expect(page.getByRole('link', { name: headline })).toHaveCount(0);
    }
  });

  test('hostile or odd queries give results or a friendly empty state, never an error', async ({ page }) => {
    const queries = [
      '"',
      '"unbalanced quote',
      '***',
      'oil*',
      'NEAR(oil prices)',
      'oil NEAR prices',
      '-oil',
      'oil -prices',
      'AND OR NOT',
      'headline:oil',
      '(oil',
      "'; drop table articles; --",
      '<script>alert(1)</script>',
      '🛢️🔥',
      'oil 🛢️',
      'x'.repeat(2_000),
      // Just inside the 2,000-character limit (longer gets the site's 414 page: admin-truth.spec.ts).
      'oil '.repeat(499),
    ];
    for (const [i, q] of queries.entries()) {
      await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${100 + i}` });
      const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
      expect(response?.status(), q.slice(0, 30)).toBe(200);
      await expect(page.getByRole('heading', { name: /stories? found|No stories found/ })).toBeVisible();
    }
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '203.0.113.52' });
    const odd = await page.goto('/search?q=oil&q=gas&section=..%2F..&author=%3Cb%3E&page=-4');
    expect(odd?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: /stories? found/ })).toBeVisible();

    // Result pages are plain ?page= links that keep the query and filters.
    const second = await page.goto('/search?q=the&page=2');
    expect(second?.status()).toBe(200);
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    await page.getByRole('link', { name: '← Previous' }).click();
    await expect(page).toHaveURL(/\/search\?q=the$/);

    const empty = await page.goto('/search');
    expect(empty?.status()).toBe(200);
    await expect(page.getByText(/Type a word or two/)).toBeVisible();

    const nothing = await page.goto('/search?q=zzzqqqxxyy');
    expect(nothing?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'No stories found' })).toBeVisible();
  });
});
