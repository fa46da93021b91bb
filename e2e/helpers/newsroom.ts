import path from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';

export const STAFF_PASSWORD = 'e2e-password-1';
export const STAFF = {
  admin: 'admin@newsroom.test',
  editor: 'editor@newsroom.test',
  journalist: 'journalist@newsroom.test',
  contributor: 'contributor@newsroom.test',
} as const;

export const SAMPLE_IMAGE = path.resolve('public', 'images', 'stories', 'business-bar-chart.jpg');

/** A headline no other spec or run will produce. */
export function uniqueHeadline(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Signs in through the real form and waits to land in the newsroom. */
export async function signIn(page: Page, email: string, next?: string) {
  // The editor warns before leaving unsaved work and asks before unpublishing: say yes in tests.
  // (Links and alt text are asked in the editor's own dialogs, never window.prompt.)
  page.on('dialog', (dialog) => {
    expect(dialog.type(), 'the newsroom never uses window.prompt').not.toBe('prompt');
    void dialog.accept();
  });
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin/);
}

/** A fresh browser context signed in as one staff member. */
export async function staffPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Fills the basics of a new story; the body gets a paragraph of text. */
export async function startStory(page: Page, headline: string, body = 'The first paragraph of the story.') {
  await page.goto('/admin/stories/new');
  await page.getByLabel('Headline').fill(headline);
  await page.getByLabel('Section').selectOption({ label: 'Business' });
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await page.keyboard.type(body);
}

/** Clicks a workflow button and waits for the save to land. */
export async function submitStory(page: Page, button: string, expected: RegExp = /Saved|Published|Submitted|Scheduled|Unpublished/) {
  await page.getByRole('button', { name: button, exact: true }).click();
  // Generous: under a full parallel run the server may be busy resizing images or rendering.
  await expect(page.getByRole('status').filter({ hasText: expected }).first()).toBeVisible({ timeout: 30_000 });
  await page.waitForURL(/\/admin\/stories\/\d+(\?|$)/);
}

export function storyIdFromUrl(page: Page): number {
  const match = /\/admin\/stories\/(\d+)/.exec(page.url());
  if (!match) throw new Error(`not on a story page: ${page.url()}`);
  return Number(match[1]);
}

/** Adds a note readers see on the live story open in the editor (a correction unless `kind` says otherwise). */
export async function addNote(page: Page, text: string, kind = 'correction') {
  await page.getByLabel('Kind of note').selectOption(kind);
  await page.getByLabel('Note text').fill(text);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByText('Note added.')).toBeVisible();
}

/** Links the selected text (or inserts the address as a link) through the editor's link dialog, opened with Ctrl+K. */
export async function insertLink(page: Page, href: string) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: /link/i });
  await dialog.getByLabel('Link address').fill(href);
  await dialog.getByRole('button', { name: /^(Insert|Update) link$/ }).click();
  await expect(dialog).toHaveCount(0);
}

/** Inserts an inline image: chooses the file, describes it in the alt-text dialog, waits for the upload. */
export async function insertImage(page: Page, file: string, alt: string, caption = '') {
  await page.getByLabel('Insert image').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Describe the image' });
  await dialog.getByLabel('Image description (alt text)').fill(alt);
  if (caption) await dialog.getByLabel('Image caption (optional)').fill(caption);
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  await expect(dialog).toHaveCount(0, { timeout: 30_000 });
}

/** Adds a byline at the end of the story's ordered bylines. */
export async function addByline(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Add a byline' }).fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await expect(page.getByRole('button', { name: `Remove ${name}`, exact: true })).toBeVisible();
}

export async function removeByline(page: Page, name: string) {
  await page.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
}

/** Adds a tag that does not exist yet (the save creates it, if the role may). */
export async function addNewTag(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Add a tag' }).fill(name);
  await page.getByRole('option', { name: `Create tag “${name}”` }).click();
  await expect(page.getByRole('button', { name: `Remove tag ${name}`, exact: true })).toBeVisible();
}
