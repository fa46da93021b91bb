import { expect, test, type Page } from '@playwright/test';
import { signIn, STAFF, uniqueHeadline } from './helpers/newsroom';

// Issue 11, item 11: a body too large for Next's action limit was a 500 page. Now a long story in a
// non-Latin script saves, an oversize body gets the form's own error without being sent, and a
// request over the limit is refused with a plain 413.
test.describe.configure({ timeout: 120_000 });

/** Pastes HTML into the rich-text body, as a writer pasting from another document would. */
async function pasteBody(page: Page, html: string) {
  const editor = page.getByRole('textbox', { name: 'Story body' });
  await editor.click();
  await editor.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/html', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

async function newStory(page: Page, prefix: string) {
  await page.goto('/admin/stories/new');
  await page.getByLabel('Headline').fill(uniqueHeadline(prefix));
  await page.getByLabel('Section').selectOption({ label: 'Business' });
}

test('a 390,000-character body in a three-byte script (over 1 MB sent) saves', async ({ page }) => {
  await signIn(page, STAFF.journalist);
  await newStory(page, 'Long euro story');
  await pasteBody(page, `<p>${'€'.repeat(390_000)}</p>`);
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await page.waitForURL(/\/admin\/stories\/\d+(\?|$)/, { timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ }).first()).toBeVisible({ timeout: 30_000 });
});

test('an oversize body gets the form’s own error and is never sent', async ({ page }) => {
  await signIn(page, STAFF.journalist);
  await newStory(page, 'Oversize story');
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.headers()['next-action']) posts.push(r.url());
  });
  await pasteBody(page, `<p>${'x'.repeat(450_000)}</p>`);
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  await expect(page.locator('#body-error')).toContainText('The story body is too long');
  await expect(page.getByRole('status').filter({ hasText: 'Save failed' }).first()).toBeVisible();
  expect(posts).toEqual([]);
  // Nothing typed is lost: the body is still in the editor.
  expect(await page.getByRole('textbox', { name: 'Story body' }).evaluate((el) => el.textContent?.length ?? 0)).toBeGreaterThan(400_000);
});

test('a server action request over the size limit is refused with 413, not a 500 page', async ({ page }) => {
  await signIn(page, STAFF.journalist);
  await newStory(page, 'Action id probe');
  // A real action id, so the request is one Next would otherwise parse up to its limit.
  const action = page.waitForRequest((r) => r.method() === 'POST' && !!r.headers()['next-action']);
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type('Short.');
  await page.getByRole('button', { name: 'Save draft', exact: true }).click();
  const actionId = (await action).headers()['next-action']!;
  const res = await page.request.post('/admin/stories/new', {
    headers: { 'next-action': actionId, accept: 'text/x-component' },
    multipart: { '1_headline': 'Huge', '1_body': 'x'.repeat(13 * 1024 * 1024) },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(413);
  expect(await res.text()).toContain('too large to send');
});
