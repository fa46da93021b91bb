import { expect, test } from '@playwright/test';
import { addByline, signIn, STAFF, staffPage, startStory, submitStory, uniqueHeadline } from './helpers/newsroom';

test('a contributor submits a story for review and an editor publishes it', async ({ page, browser }) => {
  const headline = uniqueHeadline('Village school reopens');
  await signIn(page, STAFF.contributor);
  await startStory(page, headline, 'The school reopened after repairs.');
  await expect(page.getByRole('button', { name: 'Publish now' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule' })).toHaveCount(0);
  await submitStory(page, 'Save draft', /Saved/);
  await submitStory(page, 'Submit for review', /Submitted for review/);
  await expect(page.getByText('Status: In review')).toBeVisible();

  const editor = await staffPage(browser, STAFF.editor);
  await editor.goto('/admin/review');
  await editor.getByRole('link', { name: headline }).click();
  await editor.waitForURL(/\/admin\/stories\/\d+$/);
  // The contributor has no byline of her own: the publish check asks for one beside the field,
  // and the desk adds it.
  await editor.getByRole('button', { name: 'Publish now', exact: true }).click();
  await expect(editor.getByText(/Add a byline before it is published/)).toBeVisible();
  await addByline(editor, 'Sofia Lindqvist');
  await submitStory(editor, 'Publish now', /Published/);
  const readerHref = await editor.getByRole('link', { name: 'View on site' }).getAttribute('href');

  const reader = await (await browser.newContext()).newPage();
  const res = await reader.goto(readerHref!);
  expect(res?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await reader.context().close();
  await editor.context().close();
});
