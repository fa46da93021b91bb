import { expect, test } from '@playwright/test';
import { invite, unique } from './helpers/accounts';
import { addByline, removeByline, STAFF, staffPage, startStory, submitStory, uniqueHeadline } from './helpers/newsroom';

const slugOf = (headline: string) => headline.toLowerCase().replace(/[^a-z0-9]+/g, '-');

test('a journalist cannot publish under a colleague’s byline; a wire byline is fine', async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await staffPage(browser, STAFF.admin);
  const colleague = unique('Colleague ');
  await invite(admin, colleague, `${unique('colleague')}@newsroom.test`);
  const wire = unique('Wire Service ');
  await admin.goto('/admin/authors');
  await admin.getByLabel('Name').fill(wire);
  await admin.getByRole('button', { name: 'Create profile' }).click();
  await admin.waitForURL(/\/admin\/authors\/\d+\?created=1/);

  const page = await staffPage(browser, STAFF.journalist);
  const headline = uniqueHeadline('Co-bylined');
  await startStory(page, headline);
  await addByline(page, colleague);
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText(`Only an editor can add a colleague’s byline (${colleague})`)).toBeVisible();
  expect((await page.request.get(`/business/${slugOf(headline)}`)).status()).toBe(404);

  // Nothing was lost: the refused byline is still there to remove.
  await removeByline(page, colleague);
  await addByline(page, wire);
  await submitStory(page, 'Publish now', /Published/);
  await expect(page.getByText('Status: Published')).toBeVisible();
});

test('a hero image on another site is refused, even posted straight to the action', async ({ page, browser }) => {
  const journalist = await staffPage(browser, STAFF.journalist);
  const headline = uniqueHeadline('Hot-linked');
  await startStory(journalist, headline);
  // The editor only ever sends our own upload's address; write another site's into the request.
  await journalist.route('**/admin/stories/new', async (route) => {
    const req = route.request();
    if (req.method() !== 'POST' || !req.headers()['next-action']) return route.continue();
    const forged = (req.postData() ?? '')
      .replace(/(name="[^"]*heroImageUrl"\r\n\r\n)[^\r]*/, '$1https://evil.example/pixel.png')
      .replace(/(name="[^"]*heroImageAlt"\r\n\r\n)[^\r]*/, '$1A pixel');
    expect(forged).toContain('https://evil.example/pixel.png');
    await route.continue({ postData: forged });
  });
  await journalist.getByRole('button', { name: 'Publish now' }).click();
  await expect(journalist.getByText(/images from other sites are not allowed/)).toBeVisible();
  await expect(journalist).toHaveURL(/\/admin\/stories\/new$/);
  expect((await page.request.get(`/business/${slugOf(headline)}`)).status()).toBe(404);
});
