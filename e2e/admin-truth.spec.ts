import { expect, test } from '@playwright/test';
import { invite, setPassword, unique } from './helpers/accounts';
import { STAFF, staffPage, startStory, submitStory } from './helpers/newsroom';

test.describe('admin screens that tell the truth', () => {
  test('an invited journalist is signed in by setting a password; a profile without bylines has no page; once deactivated, a draft byline leaves it unlisted and noindex', async ({ browser, request }) => {
    test.setTimeout(150_000);
    const admin = await staffPage(browser, STAFF.admin);
    const name = unique('Leaving Writer ');
    const slug = name.toLowerCase().replace(/\s+/g, '-');
    const email = `${unique('leaving')}@newsroom.test`;
    const writer = await (await browser.newContext()).newPage();
    await setPassword(writer, await invite(admin, name, email));
    await expect(writer).toHaveURL(/\/admin$/);
    await expect(writer.getByText(name).first()).toBeVisible();

    // Staff without bylines get no public author page.
    expect((await request.get(`/authors/${slug}`)).status()).toBe(404);

    await startStory(writer, unique('Draft by a leaver '));
    await submitStory(writer, 'Save draft', /Saved/);
    await admin.goto('/admin/staff');
    const row = admin.getByRole('listitem', { name: email });
    await row.getByRole('button', { name: 'Change role' }).waitFor();
    await row.getByLabel(`Role of ${name}`).selectOption('editor');
    await row.getByRole('button', { name: 'Change role' }).click();
    await expect(row.getByRole('status')).toBeVisible();
    await admin.getByRole('listitem', { name: email }).getByRole('button', { name: 'Deactivate' }).click();
    await expect(admin.getByRole('listitem', { name: email }).getByText('Deactivated', { exact: true })).toBeVisible();

    const page = await request.get(`/authors/${slug}`);
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
    expect(html).toContain('Former contributor');
    expect(await (await request.get('/search?q=draft')).text()).not.toContain(`value="${slug}"`);
    expect(await (await request.get('/sitemaps/pages.xml')).text()).not.toContain(`/authors/${slug}<`);
    // An author with published stories keeps a listed page.
    expect(await (await request.get('/authors/ricardo-mendoza')).text()).not.toMatch(/<meta name="robots" content="noindex/);

    // The audit log says it in sentences with names, times in the zone it names.
    await admin.goto('/admin/audit');
    await expect(admin.getByRole('cell', { name: `Site Administrator changed ${name}’s role from journalist to editor.` })).toBeVisible();
    await expect(admin.getByRole('cell', { name: `Site Administrator deactivated the account of ${name}.` })).toBeVisible();
    await expect(admin.getByRole('columnheader', { name: 'When (UTC)' })).toBeVisible();
    await expect(admin.getByLabel('From (day in UTC)')).toBeVisible();
  });

  test('the sign-in page has a forgot-password path and a way back to the site', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeVisible();
    await expect(page.getByText(/does not send email/)).toBeVisible();
    await expect(page.getByText(/Password reset link/)).toBeVisible();
    await page.getByRole('link', { name: 'Back to sign-in' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.getByRole('link', { name: /^Back to / }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('the 404 page keeps the full navigation: header with sections, search, footer', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/energy/no-such-story', '/no/such/page/at/all', '/authors/nobody']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      const nav = page.getByRole('navigation', { name: 'Sections' });
      await expect(nav.getByRole('link', { name: 'Energy' }), path).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Latest' }), path).toBeVisible();
      await expect(page.getByRole('search'), path).toBeVisible();
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Staff sign-in' }), path).toBeVisible();
    }
    await context.close();
  });

  test('a 20 KB search query gets a readable 414 page of the site, not a blank 431', async ({ request, page }) => {
    const q = 'energy '.repeat(3000);
    const res = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(res.status()).toBe(414);
    const html = await res.text();
    expect(html).toContain('Your search is too long');
    expect(html).toMatch(/<nav aria-label="Sections"/);
    await page.goto(`/search?q=${'x'.repeat(20 * 1024)}`);
    await expect(page.getByRole('alert')).toContainText('Your search is too long');
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Energy' })).toBeVisible();
    // Any other overlong address: a small readable page, not an empty answer.
    const other = await request.get(`/energy?x=${'y'.repeat(20 * 1024)}`);
    expect(other.status()).toBe(414);
    expect(await other.text()).toContain('Address too long');
  });

  test('a profile form refused with a photo chosen says the photo must be chosen again', async ({ browser }) => {
    const journalist = await staffPage(browser, STAFF.journalist);
    await journalist.goto('/admin/profile');
    await journalist.getByRole('textbox', { name: 'Name', exact: true }).fill('');
    await journalist.getByRole('button', { name: 'Photo' }).setInputFiles('public/images/stories/business-bar-chart.jpg');
    await journalist.getByRole('button', { name: 'Save profile' }).click();
    await expect(journalist.getByText('Enter your name.')).toBeVisible();
    await expect(journalist.getByText(/This image was not saved .* choose it again/)).toBeVisible();
  });
});
