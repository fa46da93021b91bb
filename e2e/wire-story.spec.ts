import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn, STAFF, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

// The story side of the wire (issue 12): an embargo keeps a story off every public surface until
// its lift, and a killed story's address answers 410 Gone. The e2e server runs in UTC.

const slugOf = (headline: string) => headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** A datetime-local value (with seconds) in the site's zone, UTC here. */
const wallClock = (ms: number) => new Date(ms).toISOString().slice(0, 19);

// Search and the content API count requests per client: this journey is a client of its own.
const CLIENT = { 'x-forwarded-for': '203.0.113.112' };

/** What each public surface says about the story: true where it shows a trace of it. */
async function traces(request: APIRequestContext, slug: string, word: string) {
  const path = `/business/${slug}`;
  const text = async (url: string) => {
    const response = await request.get(url, { headers: CLIENT });
    return { status: response.status(), body: await response.text() };
  };
  const mentions = async (url: string) => (await text(url)).body.includes(slug);
  const search = await text(`/search?q=${word}`);
  return {
    article: (await text(path)).status === 200,
    ogImage: (await text(`${path}/image/og`)).status === 200,
    home: await mentions('/'),
    section: await mentions('/business'),
    author: await mentions('/authors/elena-duarte'),
    feed: await mentions('/feed.xml'),
    sectionFeed: await mentions('/business/feed.xml'),
    authorFeed: await mentions('/authors/elena-duarte/feed.xml'),
    sitemap: await mentions('/sitemap.xml'),
    newsSitemap: await mentions('/news-sitemap.xml'),
    search: search.body.includes(slug),
    // The count says nothing either: "1 story found" for a word only this story has.
    searchCount: search.body.includes('1 story found'),
    api: await mentions('/api/v1/articles?limit=50'),
    apiItem: (await text(`/api/v1/articles/${slug}`)).status === 200,
  };
}

const NONE = {
  article: false,
  ogImage: false,
  home: false,
  section: false,
  author: false,
  feed: false,
  sectionFeed: false,
  authorFeed: false,
  sitemap: false,
  newsSitemap: false,
  search: false,
  searchCount: false,
  api: false,
  apiItem: false,
};

test('an embargoed story leaves no trace on any public surface, then appears at its lift time on its own', async ({ page, request }) => {
  test.setTimeout(120_000);
  const word = `zq${Date.now().toString(36)}`;
  const headline = uniqueHeadline(`Rates decision ${word}`);
  const slug = slugOf(headline);
  await signIn(page, STAFF.editor);
  await startStory(page, headline, `The central bank raised rates (${word}).`);
  await page.getByLabel('Slugline').fill('rates-decision/');
  await page.getByLabel('Dateline (place)').fill('Caracas');
  await page.getByLabel('Note to client editors').fill(`Hold for the governor ${word}-ednote`);

  // An embargo in the past is refused beside its field, and nothing is written.
  await page.getByLabel(/Embargo until/).fill(wallClock(Date.now() - 60_000));
  await page.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(page.getByText('That embargo time has passed')).toBeVisible();

  // Readers get it ten seconds from now: time enough to look at every surface first.
  const liftAt = Math.ceil((Date.now() + 10_000) / 1000) * 1000;
  await page.getByLabel(/Embargo until/).fill(wallClock(liftAt));
  await submitStory(page, 'Publish now', /under embargo|Published/);
  expect(storyIdFromUrl(page)).toBeGreaterThan(0);

  expect(await traces(request, slug, word)).toEqual(NONE);
  expect(Date.now(), 'the checks ran before the lift').toBeLessThan(liftAt);

  // At the lift it shows everywhere, with no job run and no write: the caches know the moment.
  await expect.poll(async () => (await request.get(`/business/${slug}`)).status(), { timeout: 20_000, intervals: [250] }).toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(liftAt);
  const after = await traces(request, slug, word);
  expect(after).toEqual(Object.fromEntries(Object.keys(NONE).map((k) => [k, true])));

  // The dateline leads the body; the note to client editors is nowhere on the page.
  const article = await (await request.get(`/business/${slug}`)).text();
  expect(article).toMatch(/CARACAS, [A-Z][a-z]{2} \d{1,2} \(Meridian Wire\) –/);
  expect(article).not.toContain(`${word}-ednote`);
  expect(await (await request.get('/feed.xml')).text()).not.toContain(`${word}-ednote`);
});

test('a killed story answers 410 Gone with a short notice and leaves the site', async ({ page, request }) => {
  test.setTimeout(120_000);
  const word = `zk${Date.now().toString(36)}`;
  const headline = uniqueHeadline(`Mine report ${word}`);
  const slug = slugOf(headline);
  await signIn(page, STAFF.editor);
  await startStory(page, headline, `The mine output fell (${word}).`);
  await submitStory(page, 'Publish now', /Published/);
  expect((await request.get(`/business/${slug}`)).status()).toBe(200);
  expect(await (await request.get('/feed.xml')).text()).toContain(slug);

  // A kill needs its reason, beside the field.
  await page.getByRole('button', { name: 'Kill story' }).click();
  await expect(page.getByText('Give the reason for the kill')).toBeVisible();
  await page.getByLabel('Reason for the kill').fill('Legal: the output figures were wrong.');
  await page.getByRole('button', { name: 'Kill story' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Killed' })).toBeVisible();

  const gone = await request.get(`/business/${slug}`);
  expect(gone.status()).toBe(410);
  const notice = await gone.text();
  expect(notice).toContain('This story has been withdrawn');
  // The notice says neither what the story was nor why it went.
  expect(notice).not.toContain(word);
  expect(notice).not.toContain('output figures');
  const left = await traces(request, slug, word);
  expect({ ...left, article: false }).toEqual(NONE);
});
