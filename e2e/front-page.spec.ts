import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { STAFF, staffPage } from './helpers/newsroom';

// An editor arranges the front page (lead, top stories, a section lead, the banner) and a reader
// sees each change on the next request; a journalist is refused the screen and the action.

const finder = (page: Page) => page.getByRole('region', { name: 'Find a story' });
const homeSlots = (page: Page) => page.getByRole('region', { name: 'Home page' }).getByRole('listitem');

/** Clicks a front button and waits for the page to show the change (or the refusal). */
async function press(page: Page, button: Locator) {
  const done = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/admin/front'));
  await button.click();
  await done;
}

async function clearFront(page: Page) {
  await page.goto('/admin/front');
  while ((await page.getByRole('button', { name: /^Unpin: / }).count()) > 0) {
    await press(page, page.getByRole('button', { name: /^Unpin: / }).first());
    await page.reload();
  }
  const takeDown = page.getByRole('button', { name: 'Take the banner down now' });
  if (await takeDown.count()) {
    await press(page, takeDown);
    await page.reload();
  }
}

test('an editor arranges the front page (lead, top stories, banner) and a reader sees it', async ({ browser }) => {
  test.setTimeout(120_000);
  const editor = await staffPage(browser, STAFF.editor);
  const reader = await (await browser.newContext()).newPage();
  try {
    await clearFront(editor);
    const results = finder(editor).getByRole('listitem');
    const headlines = (await results.getByRole('heading', { level: 3 }).allTextContents()).slice(0, 4);
    expect(headlines).toHaveLength(4);
    const [newest, second, third, fourth] = headlines as [string, string, string, string];

    // Lead: an older story; then two top stories, then reorder them.
    await press(editor, editor.getByRole('button', { name: `Make lead: ${fourth}` }));
    await press(editor, editor.getByRole('button', { name: `Add to top stories: ${third}` }));
    await press(editor, editor.getByRole('button', { name: `Add to top stories: ${second}` }));
    await editor.reload();
    await expect(homeSlots(editor)).toHaveCount(3);
    await press(editor, editor.getByRole('button', { name: `Move up: ${second}` }));
    await editor.reload();
    await expect(homeSlots(editor).nth(1)).toContainText(second);
    await expect(homeSlots(editor).nth(2)).toContainText(third);
    await expect(editor.getByRole('button', { name: `Move up: ${fourth}` })).toBeDisabled();

    // The banner: a time already past is refused beside its field, nothing typed is lost.
    const bannerForm = editor.getByRole('region', { name: 'Breaking-news banner' });
    await bannerForm.getByLabel('Text').fill('Polls close at 10pm tonight');
    await bannerForm.getByLabel('Link (optional)').fill('/politics');
    await bannerForm.getByLabel(/Comes down at/).fill('2020-01-01T10:00');
    await press(editor, bannerForm.getByRole('button', { name: 'Show banner' }));
    await expect(bannerForm.getByText('That time has passed. Pick a time in the future.')).toBeVisible();
    await expect(bannerForm.getByLabel('Text')).toHaveValue('Polls close at 10pm tonight');
    await bannerForm.getByLabel(/Comes down at/).fill('2099-01-01T10:00');
    await press(editor, bannerForm.getByRole('button', { name: 'Show banner' }));
    await expect(bannerForm.getByRole('status').filter({ hasText: 'Set the breaking-news banner “Polls close at 10pm tonight”' })).toBeVisible();

    // The reader's next request shows it all, in slot order, with no story twice.
    await reader.goto('/');
    await expect(reader.getByRole('link', { name: 'Polls close at 10pm tonight' })).toHaveAttribute('href', '/politics');
    await expect(reader.getByRole('region', { name: 'Lead story' }).getByRole('heading').last()).toHaveText(fourth);
    await expect(reader.getByRole('region', { name: 'Top stories' }).getByRole('heading', { level: 3 })).toHaveText([second, third]);
    const latest = reader.getByRole('region', { name: 'Latest' }).getByRole('heading', { level: 3 });
    await expect(latest.first()).toHaveText(newest);
    for (const pinned of [second, third, fourth]) await expect(latest.filter({ hasText: pinned })).toHaveCount(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page: reader }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    }
    await reader.goto('/energy');
    await expect(reader.getByText('Polls close at 10pm tonight')).toBeVisible();

    // A section's own lead.
    await editor.goto('/admin/front');
    const sectionButton = finder(editor).getByRole('button', { name: new RegExp(`^Lead of [^:]+: ${escape(third)}$`) });
    const section = /^Lead of ([^:]+):/.exec((await sectionButton.getAttribute('aria-label')) ?? '')![1]!;
    await press(editor, sectionButton);
    await reader.goto('/');
    const sectionLink = reader.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section });
    await sectionLink.click();
    await expect(sectionLink).toHaveAttribute('aria-current', 'page');
    await expect(reader.getByRole('region', { name: 'Lead story' }).getByRole('heading').last()).toHaveText(third);

    // Unpinning the lead: the next pin leads.
    await editor.reload();
    await press(editor, editor.getByRole('region', { name: 'Home page' }).getByRole('button', { name: `Unpin: ${fourth}` }));
    await reader.goto('/');
    await expect(reader.getByRole('region', { name: 'Lead story' }).getByRole('heading').last()).toHaveText(second);

    // Every change is in the audit log, as sentences.
    const admin = await staffPage(browser, STAFF.admin);
    await admin.goto('/admin/audit?action=front.update');
    await expect(admin.getByText(`Pinned “${fourth}” as the lead of the home page.`)).toBeVisible();
    await expect(admin.getByText(`Unpinned “${fourth}” from the home page.`)).toBeVisible();
    await admin.context().close();
  } finally {
    await clearFront(editor);
  }
  await reader.goto('/');
  await expect(reader.getByText('Polls close at 10pm tonight')).toHaveCount(0);
  await editor.context().close();
  await reader.context().close();
});

test('a journalist is refused the front page and its actions', async ({ browser }) => {
  const journalist = await staffPage(browser, STAFF.journalist);
  const res = await journalist.goto('/admin/front');
  expect(res?.status()).toBe(403);
  await expect(journalist.getByRole('navigation').getByRole('link', { name: 'Front page' })).toHaveCount(0);

  // The editor's own "Make lead" request, sent again with the journalist's session.
  const editor = await staffPage(browser, STAFF.editor);
  await editor.goto('/admin/front');
  const headline = (await finder(editor).getByRole('listitem').first().getByRole('heading', { level: 3 }).textContent())!;
  let captured: Request | null = null;
  await editor.route('**/admin/front', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    captured = route.request();
    await route.abort();
  });
  await editor.getByRole('button', { name: `Make lead: ${headline}` }).click().catch(() => {});
  await expect.poll(() => captured !== null).toBe(true);
  const req = captured as unknown as Request;
  const headers = { ...req.headers() };
  delete headers.cookie;
  const forged = await journalist.request.post(req.url(), { headers, data: req.postDataBuffer() ?? '', maxRedirects: 0 });
  expect(forged.status()).toBe(403);
  await editor.unroute('**/admin/front');
  await editor.reload();
  await expect(editor.getByRole('region', { name: 'Home page' }).getByText('Nothing is pinned')).toBeVisible();
  await editor.context().close();
  await journalist.context().close();
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
