import { expect, request as playwrightRequest, test, type Request } from '@playwright/test';
import { signIn, STAFF, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

test('anonymous visits to newsroom pages go to the sign-in page and come back after signing in', async ({ page }) => {
  for (const path of ['/admin', '/admin/stories/new', '/admin/stories/1', '/admin/stories/1/history', '/admin/stories/1/preview', '/admin/profile']) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  }
  await page.goto('/admin/review');
  await page.getByLabel('Email').fill(STAFF.editor);
  await page.getByLabel('Password').fill('e2e-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/review$/);
  await expect(page.getByRole('heading', { name: 'Review queue' })).toBeVisible();
});

test('wrong password and unknown email get the same message; the sign-in page does not open redirect', async ({ page }) => {
  await page.goto('/login?next=https://evil.test/');
  await page.getByLabel('Email').fill(STAFF.admin);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Email or password is incorrect.');
  await page.getByLabel('Email').fill('nobody-here@newsroom.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('form').getByRole('alert')).toHaveText('Email or password is incorrect.');
  expect(await page.locator('input[name="next"]').inputValue()).toBe('/admin');
});

test('repeated failures lock the account for a while with the same message for any address', async ({ page }) => {
  test.setTimeout(120_000);
  const ghost = `ghost-${Date.now()}@newsroom.test`;
  const attempt = async (password: string) => {
    await page.getByLabel('Email').fill(ghost);
    await page.getByLabel('Password').fill(password);
    const answered = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/login'));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await answered;
    // React resets the form when the action settles; typing before that would be wiped, and an
    // empty submission is not a failed sign-in. Wait until the form is ready again.
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeEnabled();
    return page.locator('form').getByRole('alert');
  };
  await page.goto('/login');
  for (let i = 0; i < 6; i++) await expect(await attempt(`wrong-${i}`)).toHaveText('Email or password is incorrect.');
  await expect(await attempt('wrong-again')).toContainText('Too many failed sign-in attempts');
});

test('a signed-in user without the right gets the 403 page', async ({ page }) => {
  await signIn(page, STAFF.contributor);
  const res = await page.goto('/admin/review');
  expect(res?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: /don’t have access/ })).toBeVisible();
});

test('a contributor cannot publish by posting to the action directly, and anonymous action calls change nothing', async ({ page }) => {
  const headline = uniqueHeadline('Contributor draft');
  await signIn(page, STAFF.contributor);
  await startStory(page, headline);
  await submitStory(page, 'Save draft', /Saved/);
  const id = storyIdFromUrl(page);
  await page.goto(`/admin/stories/${id}`);

  // Rewrite the next save into a publish: the request the server sees is exactly what a hand-made
  // POST with the contributor's cookies and the real Next-Action id would be.
  let captured: Request | null = null;
  await page.route(`**/admin/stories/${id}`, async (route) => {
    const req = route.request();
    if (req.method() !== 'POST' || !req.headers()['next-action']) return route.continue();
    captured = req;
    const forged = (req.postData() ?? '').replace(/(name="[^"]*intent"\r\n\r\n)save/, '$1publish');
    expect(forged).toContain('publish');
    await route.continue({ postData: forged });
  });
  await page.getByLabel('Headline').fill(`${headline} edited`);
  // The explicit save's action request: not the editor's presence report, not an autosave.
  const response = page.waitForResponse(
    (r) => r.request().method() === 'POST' && !!r.request().headers()['next-action'] && /name="[^"]*intent"\r\n\r\n(save|publish)\r/.test(r.request().postData() ?? ''),
  );
  await page.getByRole('button', { name: 'Save draft' }).click();
  expect((await response).status()).toBe(403);
  await page.unroute(`**/admin/stories/${id}`);

  await page.goto(`/admin/stories/${id}`);
  await expect(page.getByText('Status: Draft')).toBeVisible();
  await expect(page.getByLabel('Headline')).toHaveValue(headline);

  // The same action request without any session: refused, nothing written.
  expect(captured).not.toBeNull();
  const req = captured as unknown as Request;
  const anonymous = await playwrightRequest.newContext({ baseURL: new URL(page.url()).origin });
  const headers = { ...req.headers() };
  delete headers.cookie;
  const body = (req.postData() ?? '').replace(/(name="[^"]*headline"\r\n\r\n)[^\r]*/, '$1Hijacked headline');
  const anon = await anonymous.post(req.url(), { headers, data: body, maxRedirects: 0 });
  expect(anon.status()).toBe(401);
  await anonymous.dispose();
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue(headline);

  // And the reader site does not have it.
  const readerRes = await page.request.get(`/business/${headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`);
  expect(readerRes.status()).toBe(404);
});

test('anonymous uploads are refused', async ({ request }) => {
  const res = await request.post('/admin/media', { multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('not an image') } } });
  expect(res.status()).toBe(401);
});
