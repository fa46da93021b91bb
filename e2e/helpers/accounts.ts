import { expect, type Browser, type Page } from '@playwright/test';

// Fresh accounts of a test's own, for journeys that must not disturb the shared seeded ones.

export const NEW_PASSWORD = 'a-long-fresh-password-42';

export function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** The admin invites someone through the Staff screen and returns the one-time link shown. */
export async function invite(admin: Page, name: string, email: string, role = 'journalist'): Promise<string> {
  await admin.goto('/admin/staff');
  const form = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create invitation' }) });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('Author profile').selectOption('new');
  await form.getByRole('button', { name: 'Create invitation' }).click();
  await expect(admin.getByRole('status').filter({ hasText: `Invitation created for ${email}` })).toBeVisible();
  return admin.getByLabel(/One-time link/).inputValue();
}

/** Sets the password from a one-time link; the person is then signed in, in the newsroom. */
export async function setPassword(page: Page, link: string) {
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('New password again').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Set password' }).click();
  await page.waitForURL(/\/admin$/);
}

export async function signInAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin$/);
  return page;
}
