import { expect, test } from '@playwright/test';
import { insertImage, insertLink, SAMPLE_IMAGE, signIn, STAFF, startStory, submitStory, uniqueHeadline } from './helpers/newsroom';

test('a journalist writes a formatted story with an image, publishes it, and readers see it', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const headline = uniqueHeadline('Port strike ends');
  await signIn(page, STAFF.journalist);
  await startStory(page, headline, 'Dockworkers returned to work on Monday. ');

  const body = page.getByRole('textbox', { name: 'Story body' });
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Shipping resumed at dawn.');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'H2 heading', exact: true }).click();
  await expect(page.getByRole('button', { name: 'H2 heading', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('What the deal says');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Wages rise by four percent.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await page.keyboard.type('We are back at work.');
  await expect(body.locator('h2')).toHaveText('What the deal says');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Quote', exact: true }).click();
  await page.keyboard.type('Read the ');
  await page.keyboard.type('full agreement');
  await page.keyboard.press('Shift+Home');
  await insertLink(page, 'https://example.com/deal');
  await page.keyboard.press('End');
  // Typing right after a link does not extend it.
  await page.keyboard.type(' today.');
  await insertImage(page, SAMPLE_IMAGE, 'Containers stacked on the quay', 'The quay after the strike.');
  await expect(body.locator('figure img')).toHaveAttribute('src', /^\/media\//);

  await page.getByLabel('Summary (dek)').fill('A three-week stoppage is over.');
  await page.getByLabel('Hero image file').setInputFiles(SAMPLE_IMAGE);
  await expect(page.locator('input[name="heroImageUrl"]')).toHaveValue(/^\/media\/.+\.webp$/);
  await page.getByLabel('Alt text').fill('Cranes at the container port');
  await page.getByLabel('Caption').fill('The port at dawn.');

  await submitStory(page, 'Publish now', /Published/);
  await expect(page.getByText('Status: Published')).toBeVisible();
  const readerHref = await page.getByRole('link', { name: 'View on site' }).getAttribute('href');
  expect(readerHref).toMatch(/^\/business\/port-strike-ends-/);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: headline }).first()).toBeVisible();
  await reader.goto(readerHref!);
  await expect(reader.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(reader.getByRole('heading', { level: 2, name: 'What the deal says' })).toBeVisible();
  await expect(reader.locator('.story-body strong')).toHaveText('Shipping resumed at dawn.');
  await expect(reader.locator('.story-body blockquote')).toContainText('We are back at work.');
  await expect(reader.getByRole('img', { name: 'Cranes at the container port' })).toBeVisible();
  await expect(reader.locator('.story-body a[href="https://example.com/deal"]')).toHaveText('Read the full agreement');
  await expect(reader.locator('.story-body figure img')).toHaveAttribute('alt', 'Containers stacked on the quay');
  await expect(reader.locator('.story-body figcaption')).toHaveText('The quay after the strike.');
  await expect(reader.locator('.story-body p').filter({ hasText: 'Read the full agreement' })).toHaveText('Read the full agreement today.');
  await expect(reader.getByText('Ricardo Mendoza').first()).toBeVisible();
  await reader.context().close();
});
