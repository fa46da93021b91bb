import { expect, test } from '@playwright/test';
import { addNote, signIn, STAFF, staffPage, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

test('saving a stale version is refused with a way to see the other version', async ({ page }) => {
  const headline = uniqueHeadline('Two editors');
  await signIn(page, STAFF.journalist);
  await startStory(page, headline);
  await submitStory(page, 'Save draft', /Saved/);
  const id = storyIdFromUrl(page);

  const second = await page.context().newPage();
  second.on('dialog', (d) => void d.accept());
  await second.goto(`/admin/stories/${id}`);
  await page.getByLabel('Summary (dek)').fill('First writer’s summary.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  await second.getByLabel('Summary (dek)').fill('Second writer’s summary.');
  await second.getByRole('button', { name: 'Save draft' }).click();
  const alert = second.getByRole('alert').filter({ hasText: 'changed by someone else' });
  await expect(alert).toContainText('changed by someone else');
  await expect(alert).toContainText('Your changes were not saved');
  await expect(second.getByLabel('Summary (dek)')).toHaveValue('Second writer’s summary.');
  await expect(second.getByRole('link', { name: 'Compare with their version' })).toHaveAttribute('href', new RegExp(`/admin/stories/${id}/history\\?from=\\d+&to=\\d+`));
  await second.goto(`/admin/stories/${id}`);
  await expect(second.getByLabel('Summary (dek)')).toHaveValue('First writer’s summary.');
});

test('bad input gets clear errors beside the fields and the form keeps what was typed', async ({ page }) => {
  await signIn(page, STAFF.journalist);
  await page.goto('/admin/stories/new');
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type('Text that must not be lost.');
  // A draft keeps body text with no headline or section yet; submitting asks for both beside their fields.
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  // The new draft moves to its own address: a click during the move would be answered into the
  // form being replaced.
  await page.waitForURL(/\/admin\/stories\/\d+\?done=/);
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Write a headline before it goes to review.')).toBeVisible();
  await expect(page.getByText('Pick a section before it goes to review.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText('Text that must not be lost.');

  // A seeded story's slug is taken: borrow one from the reader's Business page.
  const home = await page.context().newPage();
  await home.goto('/business');
  const href = (await home.locator('main a[href^="/business/"]').first().getAttribute('href'))!;
  const takenSlug = href.split('/').pop()!;
  await home.goto(href);
  const ownerHeadline = (await home.getByRole('heading', { level: 1 }).textContent())!;

  const headline = uniqueHeadline('Duplicate slug');
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Section').selectOption({ label: 'Business' });
  await page.getByLabel('Address (slug)').fill(takenSlug);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Another story already uses this address.')).toBeVisible();
  // Nothing typed is lost (an autosave may already have created the draft under its own address).
  await expect(page.getByLabel('Address (slug)')).toHaveValue(takenSlug);
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText('Text that must not be lost.');
  // The story that owns the address is untouched.
  await home.goto(href);
  await expect(home.getByRole('heading', { level: 1 })).toHaveText(ownerHeadline);
  await home.close();

  await page.getByLabel('Address (slug)').fill('');
  await page.getByLabel('Publish at').fill('9999-12-31T10:00:00');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('Pick a time within the next twelve months.')).toBeVisible();
  await page.getByLabel('Publish at').fill('2001-01-01T10:00:00');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText('That time has passed.')).toBeVisible();
});

test('drafts autosave while typing', async ({ page }) => {
  await signIn(page, STAFF.journalist);
  await startStory(page, uniqueHeadline('Autosaved draft'));
  await expect(page.getByRole('status').filter({ hasText: /Unsaved changes|Saving…/ }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/admin\/stories\/\d+$/);
});

test('a scheduled story appears on the reader site after its time', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const headline = uniqueHeadline('Scheduled briefing');
  await signIn(page, STAFF.journalist);
  await startStory(page, headline);
  await submitStory(page, 'Save draft', /Saved/);
  const when = new Date(Date.now() + 20_000);
  const local = new Date(when.getTime() - when.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
  await page.getByLabel('Publish at').fill(local);
  await submitStory(page, 'Schedule', /Scheduled/);
  await expect(page.getByText('Status: Scheduled')).toBeVisible();

  const slug = (await page.getByLabel('Address (slug)').inputValue()) || headline.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/business/${slug}`))?.status()).toBe(404);
  await expect
    .poll(async () => (await reader.goto(`/business/${slug}`))?.status(), { timeout: 200_000, intervals: [5_000] })
    .toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await reader.context().close();
});

test('editors add a correction readers see; a minor fix does not move the Updated time', async ({ page, browser }) => {
  const headline = uniqueHeadline('Budget vote');
  await signIn(page, STAFF.editor);
  await startStory(page, headline, 'The vote passed by 12 votes.');
  await submitStory(page, 'Publish now', /Published/);
  const readerHref = (await page.getByRole('link', { name: 'View on site' }).getAttribute('href'))!;

  await page.getByLabel('Summary (dek)').fill('A narrow win.');
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByText('Choose one: substantive update or minor fix.')).toBeVisible();
  await page.getByLabel(/Minor fix/).check();
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  await addNote(page, 'An earlier version gave the wrong margin.');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(readerHref);
  await expect(reader.getByText('A narrow win.')).toBeVisible();
  await expect(reader.getByRole('region', { name: 'Corrections and updates' })).toContainText('An earlier version gave the wrong margin.');
  await expect(reader.getByText(/^Updated/)).toHaveCount(0);
  await reader.context().close();
});

test('a journalist adds a correction to their own live story', async ({ page, browser }) => {
  const headline = uniqueHeadline('Tram line');
  await signIn(page, STAFF.journalist);
  await startStory(page, headline, 'The tram line opens on Monday.');
  await submitStory(page, 'Publish now', /Published/);
  const readerHref = (await page.getByRole('link', { name: 'View on site' }).getAttribute('href'))!;

  await addNote(page, 'An earlier version gave the wrong opening day.');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(readerHref);
  await expect(reader.getByRole('region', { name: 'Corrections and updates' })).toContainText('An earlier version gave the wrong opening day.');
  await reader.context().close();
});

test('revision history shows who changed what, and an old version can be restored', async ({ page }) => {
  const headline = uniqueHeadline('Harbour bridge');
  await signIn(page, STAFF.journalist);
  await startStory(page, headline, 'The bridge opens in May.');
  await submitStory(page, 'Save draft', /Saved/);
  const id = storyIdFromUrl(page);
  await page.getByLabel('Headline').fill(`${headline} delayed`);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  await page.goto(`/admin/stories/${id}/history`);
  await expect(page.getByText('Ricardo Mendoza').first()).toBeVisible();
  await expect(page.locator('ins').filter({ hasText: 'delayed' })).toBeVisible();
  await page.getByLabel(/Compare from version/).last().check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.getByRole('button', { name: /Restore version/ }).click();
  await expect(page.getByText(/restored as a new version/)).toBeVisible();
  await page.goto(`/admin/stories/${id}`);
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
});

test('restoring an old version of a live story warns that the public page changes at once, and is audited', async ({ page, browser }) => {
  const headline = uniqueHeadline('Ferry fares');
  await signIn(page, STAFF.editor);
  await startStory(page, headline, 'Fares rise by five per cent.');
  await submitStory(page, 'Publish now', /Published/);
  const id = storyIdFromUrl(page);
  const readerHref = (await page.getByRole('link', { name: 'View on site' }).getAttribute('href'))!;
  await page.getByLabel('Summary (dek)').fill('Commuters will pay more from June.');
  await page.getByLabel(/Minor fix/).check();
  await page.getByRole('button', { name: 'Update' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(readerHref);
  await expect(reader.getByText('Commuters will pay more from June.')).toBeVisible();

  await page.goto(`/admin/stories/${id}/history`);
  await page.getByLabel(/Compare from version/).last().check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByText(/This story is live\. Restoring changes the public page at once/)).toBeVisible();
  const asked = page.waitForEvent('dialog');
  await page.getByRole('button', { name: /Restore version/ }).click();
  expect((await asked).message()).toMatch(/^This story is live: the public page changes at once\./);
  await expect(page.getByText(/restored as a new version/)).toBeVisible();

  // At once, as the warning said: the reader's next request has the old text.
  await reader.reload();
  await expect(reader.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(reader.getByText('Commuters will pay more from June.')).toHaveCount(0);
  await reader.context().close();

  const admin = await staffPage(browser, STAFF.admin);
  await admin.goto('/admin/audit?action=story.restore');
  await expect(admin.getByText(new RegExp(`^Elena Duarte restored version 1 of “${headline}”, live on the site at once`))).toBeVisible();
  await admin.context().close();
});
