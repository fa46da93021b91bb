import { expect, test } from '@playwright/test';
import { unique } from './helpers/accounts';
import { STAFF, staffPage } from './helpers/newsroom';

test('two admins editing one author profile: the later save from the older form is refused and keeps its text', async ({ browser }) => {
  const first = await staffPage(browser, STAFF.admin);
  const name = unique('Conflict Author ');
  await first.goto('/admin/authors');
  await first.getByLabel('Name').fill(name);
  await first.getByRole('button', { name: 'Create profile' }).click();
  await first.waitForURL(/\/admin\/authors\/\d+\?created=1/);
  const path = new URL(first.url()).pathname;

  // Both forms are loaded before either is saved.
  const second = await staffPage(browser, STAFF.admin);
  await second.goto(path);
  await first.goto(path);

  await first.getByLabel('Bio').fill('The first writer’s bio.');
  await first.getByRole('button', { name: 'Save profile' }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Profile saved.' })).toBeVisible();

  await second.getByLabel('Bio').fill('The second writer’s bio.');
  await second.getByRole('button', { name: 'Save profile' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'Someone else saved this profile after you opened it' })).toBeVisible();
  await expect(second.getByLabel('Bio')).toHaveValue('The second writer’s bio.');

  await second.goto(path);
  await expect(second.getByLabel('Bio')).toHaveValue('The first writer’s bio.');
});
