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
const promptAnswers = new WeakMap<Page, string[]>();

/** The text the next window.prompt on this page (link address, image alt text) is answered with. */
export function answerNextPrompt(page: Page, text: string) {
  promptAnswers.set(page, [...(promptAnswers.get(page) ?? []), text]);
}

export async function signIn(page: Page, email: string, next?: string) {
  // The editor warns before leaving unsaved work and asks before unpublishing: say yes in tests.
  page.on('dialog', (dialog) => {
    const answer = dialog.type() === 'prompt' ? promptAnswers.get(page)?.shift() : undefined;
    void dialog.accept(answer);
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
