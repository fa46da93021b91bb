import { expect, test, type BrowserContext } from '@playwright/test';
import { invite, setPassword, signInAs, unique } from './helpers/accounts';
import { STAFF, staffPage } from './helpers/newsroom';

/** Opens /admin with exactly these cookies in a fresh context: 200 if they are a live session. */
async function adminStatusWith(context: BrowserContext, cookies: Awaited<ReturnType<BrowserContext['cookies']>>) {
  const replay = await context.browser()!.newContext();
  await replay.addCookies(cookies);
  const res = await replay.request.get('/admin', { maxRedirects: 0 });
  await replay.close();
  return { status: res.status(), location: res.headers().location ?? '' };
}

test('signing out ends that session on the server: the old cookie, replayed, opens nothing; other devices stay signed in', async ({ browser }) => {
  const laptop = await staffPage(browser, STAFF.journalist);
  const phone = await staffPage(browser, STAFF.journalist);
  const cookies = await laptop.context().cookies();
  expect((await adminStatusWith(laptop.context(), cookies)).status).toBe(200);

  await laptop.getByRole('button', { name: 'Sign out' }).click();
  await laptop.waitForURL(/\/login\?signedOut=1/);

  const replayed = await adminStatusWith(laptop.context(), cookies);
  expect(replayed.status).not.toBe(200);
  expect(replayed.location).toContain('/login');
  // Only that session: the same account on another device is still signed in.
  expect((await phone.goto('/admin'))?.status()).toBe(200);
  await expect(phone).toHaveURL(/\/admin$/);
});

test('"Sign out everywhere" on the profile ends every session of the account', async ({ browser }) => {
  // An account of this test's own: ending the shared accounts' sessions would sign other specs out.
  const admin = await staffPage(browser, STAFF.admin);
  const email = `${unique('everywhere')}@newsroom.test`;
  const link = await invite(admin, 'Everywhere Tester', email);
  await setPassword(await (await browser.newContext()).newPage(), link);
  const desk = await signInAs(browser, email);
  const home = await signInAs(browser, email);
  const homeCookies = await home.context().cookies();

  await desk.goto('/admin/profile');
  await desk.getByRole('button', { name: 'Sign out everywhere' }).click();
  await desk.waitForURL(/\/login\?signedOutEverywhere=1/);
  await expect(desk.getByText('You have signed out on every device.')).toBeVisible();

  const replayed = await adminStatusWith(home.context(), homeCookies);
  expect(replayed.status).not.toBe(200);
  expect(replayed.location).toContain('/login');
});
