import { expect, test, type APIRequestContext } from '@playwright/test';
import { addByline, addNewTag, removeByline, signIn, STAFF, startStory, submitStory, uniqueHeadline } from './helpers/newsroom';

// Reader pages are cached twice over (the framework's page cache and the server's short-lived copy
// of finished pages, which also keeps the content API's answers). A newsroom change must still show on every reader page on the very next
// request: no polling here, one request per page after each step.

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function read(request: APIRequestContext, path: string) {
  const res = await request.get(path, { maxRedirects: 0 });
  return { status: res.status(), text: await res.text(), cache: res.headers()['x-response-cache'] };
}

test('a publish, an edit and an unpublish show on every cached reader page on the next request', async ({ page, request }) => {
  test.setTimeout(120_000);
  const headline = uniqueHeadline('Grid cache check');
  const tag = `cache-probe-${Date.now().toString(36)}`;
  // Listings the story will appear on. Technology and Lena Kowalski's byline are used by no other spec.
  // Also a story in the same section: its "More from Technology" rail lists the newest stories there.
  const sibling = '/technology/chipmakers-expand-capacity-amid-ai-server-boom';
  const listings = ['/', '/technology', '/authors/lena-kowalski', '/feed.xml', '/technology/feed.xml', '/authors/lena-kowalski/feed.xml', '/news-sitemap.xml', sibling, '/api/v1/articles?section=technology'];

  // Warm every listing so the next answers come from the caches.
  for (const path of listings) {
    await read(request, path);
    const warm = await read(request, path);
    expect(warm.status, path).toBe(200);
    expect(warm.text, path).not.toContain(headline);
  }
  // The server's page cache is in the path: a repeat within its second is answered from it. Another
  // spec's publish may expire everything between the two reads of a pair, so a few pairs may be
  // needed; a cache that never answers a repeat fails.
  const repeats: (string | undefined)[] = [];
  for (let pair = 0; pair < 5 && !repeats.includes('HIT'); pair++) {
    await read(request, '/');
    repeats.push((await read(request, '/')).cache);
  }
  expect(repeats).toContain('HIT');

  await signIn(page, STAFF.editor);
  await startStory(page, headline, 'Operators added storage to the grid this week.');
  await page.getByLabel('Section').selectOption({ label: 'Technology' });
  await removeByline(page, 'Elena Duarte');
  await addByline(page, 'Lena Kowalski');
  await addNewTag(page, tag);
  await submitStory(page, 'Publish now', /Published/);
  const articlePath = (await page.getByRole('link', { name: 'View on site' }).getAttribute('href'))!;
  expect(articlePath).toMatch(/^\/technology\/grid-cache-check-/);

  const article = await read(request, articlePath);
  expect(article.status).toBe(200);
  expect(article.text).toContain(headline);
  for (const path of [...listings, `/tags/${tag}`]) {
    const after = await read(request, path);
    expect(after.status, path).toBe(200);
    expect(after.text, `${path} after publishing`).toContain(escapeXml(headline));
  }
  // Warm the article and tag page too, then edit.
  await read(request, articlePath);
  await read(request, `/tags/${tag}`);

  const edited = `${headline} revised`;
  await page.getByLabel('Headline').fill(edited);
  await page.getByLabel(/Substantive update/).check();
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible({ timeout: 30_000 });
  for (const path of [articlePath, ...listings, `/tags/${tag}`]) {
    const after = await read(request, path);
    expect(after.text, `${path} after the edit`).toContain(escapeXml(edited));
  }

  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect(page.getByText('Status: Unpublished')).toBeVisible({ timeout: 30_000 });
  expect((await read(request, articlePath)).status).toBe(404);
  for (const path of [...listings, `/tags/${tag}`]) {
    const after = await read(request, path);
    expect(after.text, `${path} after unpublishing`).not.toContain(escapeXml(headline));
  }
});
