import { expect, test, type Locator, type Page } from '@playwright/test';
import { signIn, STAFF, staffPage, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

test('an editor sends a story back with a note; the writer sees it, resubmits, and it is back in the queue', async ({ page, browser }) => {
  const headline = uniqueHeadline('Send back');
  await signIn(page, STAFF.journalist);
  await startStory(page, headline);
  await submitStory(page, 'Submit for review', /Submitted/);
  const id = storyIdFromUrl(page);

  const editor = await staffPage(browser, STAFF.editor);
  await editor.goto('/admin/review');
  await expect(editor.getByRole('link', { name: /Review queue/ })).toContainText(/\d/);
  const row = editor.getByRole('listitem').filter({ hasText: headline });
  await expect(row).toContainText(/Submitted by .+, \d/);
  await editor.goto(`/admin/stories/${id}`);
  await editor.getByRole('button', { name: 'Send back to the writer' }).click();
  await expect(editor.getByText('Tell the writer what to change.')).toBeVisible();
  await editor.getByLabel('Note to the writer').fill('Add a quote from the harbour master.');
  await editor.getByRole('button', { name: 'Send back to the writer' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Sent back to the writer' })).toBeVisible();
  await expect(editor.getByRole('listitem').filter({ hasText: headline })).toHaveCount(0);

  await page.goto('/admin');
  const mine = page.getByRole('listitem').filter({ hasText: headline });
  await expect(mine).toContainText('Changes requested');
  await expect(mine).toContainText('Add a quote from the harbour master.');
  await page.goto(`/admin/stories/${id}`);
  await expect(page.getByRole('region', { name: /Changes requested/ })).toContainText('Add a quote from the harbour master.');
  await submitStory(page, 'Resubmit for review', /Submitted/);

  await editor.goto('/admin/review');
  await expect(editor.getByRole('listitem').filter({ hasText: headline })).toBeVisible();
});

test('editors’ and admins’ dashboards open on all stories, a journalist’s on their own', async ({ browser }) => {
  const journalist = await staffPage(browser, STAFF.journalist);
  const theirs = uniqueHeadline('Desk wide');
  await startStory(journalist, theirs);
  await submitStory(journalist, 'Save draft', /Saved/);
  const editor = await staffPage(browser, STAFF.editor);
  const ours = uniqueHeadline('Not the journalist’s');
  await startStory(editor, ours);
  await submitStory(editor, 'Save draft', /Saved/);
  const admin = await staffPage(browser, STAFF.admin);

  const whose = (page: Page, tab: string) => page.getByRole('navigation', { name: 'Whose stories' }).getByRole('link', { name: tab, exact: true });
  for (const page of [editor, admin]) {
    await page.goto('/admin');
    await expect(whose(page, 'All')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: theirs })).toBeVisible();
    await expect(page.getByRole('link', { name: ours })).toBeVisible();
  }
  await journalist.goto('/admin');
  await expect(whose(journalist, 'Mine')).toHaveAttribute('aria-current', 'page');
  await expect(journalist.getByRole('link', { name: theirs })).toBeVisible();
  await expect(journalist.getByRole('link', { name: ours })).toHaveCount(0);
  for (const page of [journalist, editor, admin]) await page.context().close();
});

test('a draft autosaves with body text and no section, and publishing asks for the section beside the field', async ({ page }) => {
  await signIn(page, STAFF.editor);
  await page.goto('/admin/stories/new');
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type('Breaking: lines typed before anything else.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/admin\/stories\/\d+$/);
  await page.getByLabel('Headline').fill(uniqueHeadline('No section'));
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Pick a section before it is published.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText('Breaking: lines typed before anything else.');
});

test('a story scheduled in the past reads Published in the newsroom', async ({ page }) => {
  test.setTimeout(120_000);
  const headline = uniqueHeadline('Due soon');
  await signIn(page, STAFF.editor);
  await startStory(page, headline);
  // Two minutes ahead in UTC (the test server's site zone); it goes live without anyone acting.
  const at = new Date(Date.now() + 65_000).toISOString().slice(0, 16);
  await page.getByLabel('Publish at').fill(at);
  await submitStory(page, 'Schedule', /Scheduled/);
  await page.goto(`/admin/stories?q=${encodeURIComponent(headline)}`);
  await expect(page.getByRole('listitem').filter({ hasText: headline })).toContainText('Scheduled');
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('listitem').filter({ hasText: headline })).toContainText('Published', { timeout: 1_000 });
  }).toPass({ timeout: 100_000 });
  await page.goto(`/admin/stories?status=published&q=${encodeURIComponent(headline)}`);
  await expect(page.getByRole('listitem').filter({ hasText: headline })).toBeVisible();
});

test.describe('from a browser in another zone', () => {
  test.use({ timezoneId: 'America/New_York' });
  // The test server's site zone is UTC. Every time field names it and gives the moment on the
  // writer's clock too, with the zone named the way readers see zones: "EST", never "GMT-5".
  async function expectZones(field: Locator, name: string) {
    await expect(field).toHaveAccessibleName(`${name} (site time: UTC)`);
    await field.fill('2027-01-15T14:00');
    await expect(field).toHaveAccessibleDescription(/^That is Fri 15 Jan, 09:00 EST where you are \(America\/New York\)\./);
    await field.fill('2027-07-15T14:00');
    await expect(field).toHaveAccessibleDescription(/^That is Thu 15 Jul, 10:00 EDT where you are \(America\/New York\)\./);
    expect(await field.evaluate((el) => el.closest('div')!.textContent)).not.toMatch(/GMT[+\-−]/);
  }

  test('"Publish at" and "Embargo until" name the site zone and show the time where the writer is', async ({ page }) => {
    await signIn(page, STAFF.editor);
    await startStory(page, uniqueHeadline('Zones'));
    await expectZones(page.getByLabel('Publish at'), 'Publish at');
    await expectZones(page.getByLabel('Embargo until'), 'Embargo until');
  });

  test('an embargo that can no longer be changed gives its time where the editor is too', async ({ page }) => {
    await signIn(page, STAFF.editor);
    await startStory(page, uniqueHeadline('Locked embargo'));
    await page.getByLabel(/Embargo until/).fill('2027-01-15T14:00');
    await submitStory(page, 'Publish now', /under embargo|Published/);
    await page.reload();
    await expect(page.getByLabel(/Embargo until/)).toHaveCount(0);
    await expect(page.getByText(/^Embargoed until /)).toHaveText(
      'Embargoed until 15 January 2027 at 14:00 UTC, that is Fri 15 Jan, 09:00 EST where you are (America/New York). To lift it early, use the wire desk below.',
    );
  });

  test('the banner\'s "Comes down at" names the site zone and shows the time where the editor is', async ({ page }) => {
    await signIn(page, STAFF.editor);
    await page.goto('/admin/front');
    await expectZones(page.getByRole('region', { name: 'Breaking-news banner' }).getByLabel('Comes down at'), 'Comes down at');
  });
});

test('bulk actions apply the permission table to each story and say what was refused', async ({ page }) => {
  const headline = uniqueHeadline('Bulk contributor');
  await signIn(page, STAFF.contributor);
  await startStory(page, headline);
  await submitStory(page, 'Save draft', /Saved/);
  await page.goto(`/admin/stories?q=${encodeURIComponent(headline)}`);
  await page.getByRole('checkbox', { name: `Select “${headline}”` }).check();
  await page.getByLabel('Action').selectOption('unpublish');
  await page.getByRole('button', { name: 'Apply to selected' }).click();
  await expect(page.getByRole('status')).toContainText('Unpublished 0 stories; 1 refused.');
  await expect(page.getByRole('status')).toContainText('contributors cannot unpublish stories');
  await page.getByRole('checkbox', { name: `Select “${headline}”` }).check();
  await page.getByLabel('Action').selectOption('delete');
  await page.getByRole('button', { name: 'Apply to selected' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted 1 story.');
  await expect(page.getByRole('listitem').filter({ hasText: headline })).toHaveCount(0);
});
