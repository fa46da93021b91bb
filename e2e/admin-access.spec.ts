import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { STAFF, staffPage } from './helpers/newsroom';

const ADMIN_ONLY = ['/admin/authors', '/admin/staff', '/admin/settings', '/admin/audit'];
const EDITORS = ['/admin/sections', '/admin/tags'];

type Captured = { label: string; url: string; headers: Record<string, string>; body: Buffer };

/**
 * Opens `path` as the admin, fills and submits a form, but intercepts the server-action POST before
 * it reaches the server (so it changes nothing), keeping it to replay with another account's cookies.
 */
async function capture(page: Page, label: string, path: string, submit: () => Promise<void>): Promise<Captured> {
  await page.goto(path);
  let found: Captured | null = null;
  const pattern = /\/admin\//;
  await page.route(pattern, async (route) => {
    const req = route.request();
    const h = req.headers();
    if (req.method() === 'POST' && h['next-action'] && !found) {
      found = {
        label,
        url: req.url(),
        headers: { 'next-action': h['next-action'], 'content-type': h['content-type'] ?? '', accept: 'text/x-component', origin: new URL(req.url()).origin },
        body: req.postDataBuffer() ?? Buffer.alloc(0),
      };
      await route.abort();
    } else {
      await route.continue();
    }
  });
  await submit();
  await expect.poll(() => found !== null).toBe(true);
  await page.unroute(pattern);
  return found!;
}

async function replay(request: APIRequestContext, c: Captured) {
  return request.post(c.url, { headers: c.headers, data: c.body, maxRedirects: 0 });
}

test.describe('admin access control', () => {
  // Many page loads per role on a small machine.
  test.describe.configure({ timeout: 180_000 });

  test('anonymous visitors are sent to sign-in; signed-in staff without the right get 403', async ({ browser, request }) => {
    for (const path of [...ADMIN_ONLY, ...EDITORS]) {
      const res = await request.get(path, { maxRedirects: 0 });
      expect([303, 307, 308], path).toContain(res.status());
      expect(res.headers().location, path).toContain('/login?next=');
    }
    const journalist = await staffPage(browser, STAFF.journalist);
    const editor = await staffPage(browser, STAFF.editor);
    const contributor = await staffPage(browser, STAFF.contributor);
    for (const path of [...ADMIN_ONLY, ...EDITORS]) {
      expect((await journalist.goto(path))?.status(), `journalist ${path}`).toBe(403);
      expect((await contributor.goto(path))?.status(), `contributor ${path}`).toBe(403);
    }
    for (const path of ADMIN_ONLY) expect((await editor.goto(path))?.status(), `editor ${path}`).toBe(403);
    for (const path of EDITORS) expect((await editor.goto(path))?.status(), `editor ${path}`).toBe(200);
    // Navigation offers only what the role may use.
    await editor.goto('/admin');
    const nav = editor.getByRole('navigation', { name: 'Newsroom' });
    await expect(nav.getByRole('link', { name: 'Sections' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  });

  test('every admin action posted directly by a non-admin is refused and changes nothing', async ({ browser, request }) => {
    // Captures ten actions and replays each as two other roles: about 50 s on a busy two-core
    // runner, too close to the default minute.
    test.setTimeout(150_000);
    const admin = await staffPage(browser, STAFF.admin);
    const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
    const targetEmail = `target-${tag}@newsroom.test`;

    // A target account and author profile of our own, so nothing shared is at risk.
    await admin.goto('/admin/staff');
    const inviteForm = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create invitation' }) });
    await inviteForm.getByLabel('Name').fill(`Target ${tag}`);
    await inviteForm.getByLabel('Email').fill(targetEmail);
    await inviteForm.getByLabel('Role').selectOption('contributor');
    await inviteForm.getByRole('button', { name: 'Create invitation' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Invitation created' })).toBeVisible();
    await admin.goto('/admin/authors');
    await admin.getByRole('link', { name: `Target ${tag}` }).click();
    await admin.waitForURL(/\/admin\/authors\/\d+$/);
    const authorPath = new URL(admin.url()).pathname;

    const captured: Captured[] = [];
    captured.push(
      await capture(admin, 'invite', '/admin/staff', async () => {
        await inviteForm.getByLabel('Name').fill(`Intruder ${tag}`);
        await inviteForm.getByLabel('Email').fill(`intruder-${tag}@newsroom.test`);
        await inviteForm.getByRole('button', { name: 'Create invitation' }).click();
      }),
    );
    const row = admin.getByRole('listitem', { name: targetEmail });
    captured.push(
      await capture(admin, 'role', '/admin/staff', async () => {
        await row.getByLabel(/^Role of/).selectOption('admin');
        await row.getByRole('button', { name: 'Change role' }).click();
      }),
    );
    captured.push(await capture(admin, 'deactivate', '/admin/staff', () => row.getByRole('button', { name: 'Deactivate' }).click()));
    captured.push(await capture(admin, 'password link', '/admin/staff', () => row.getByRole('button', { name: 'New invitation link' }).click()));
    captured.push(
      await capture(admin, 'author update', authorPath, async () => {
        await admin.getByLabel('Slug').fill(`hijacked-${tag}`);
        await admin.getByRole('button', { name: 'Save profile' }).click();
      }),
    );
    captured.push(await capture(admin, 'author delete', authorPath, () => admin.getByRole('button', { name: 'Delete profile' }).click()));
    captured.push(
      await capture(admin, 'author create', '/admin/authors', async () => {
        await admin.getByLabel('Name').fill(`Intruder Author ${tag}`);
        await admin.getByRole('button', { name: 'Create profile' }).click();
      }),
    );
    captured.push(
      await capture(admin, 'settings', '/admin/settings', async () => {
        await admin.getByLabel('Site name').fill(`Hijacked ${tag}`);
        await admin.getByRole('button', { name: 'Save settings' }).click();
      }),
    );

    const editorOnly: Captured[] = [];
    const newSection = admin.getByRole('region', { name: 'New section' });
    editorOnly.push(
      await capture(admin, 'section create', '/admin/sections', async () => {
        await newSection.getByLabel('Name').fill(`Intruder Desk ${tag}`);
        await newSection.getByRole('button', { name: 'Create section' }).click();
      }),
    );
    const firstTag = admin.getByRole('listitem').filter({ has: admin.getByRole('button', { name: 'Rename' }) }).first();
    editorOnly.push(
      await capture(admin, 'tag rename', '/admin/tags', async () => {
        await firstTag.getByLabel('Name').fill(`Hijacked ${tag}`);
        await firstTag.getByRole('button', { name: 'Rename' }).click();
      }),
    );

    const journalist = await staffPage(browser, STAFF.journalist);
    const editor = await staffPage(browser, STAFF.editor);
    for (const c of [...captured, ...editorOnly]) {
      expect((await replay(journalist.request, c)).status(), `journalist: ${c.label}`).toBe(403);
      // Anonymous: 401 and nothing runs. Never a redirect, which a script would read as success.
      const anonymous = await replay(request, c);
      expect(anonymous.status(), `anonymous: ${c.label}`).toBe(401);
      expect(anonymous.headers()['x-action-redirect'], `anonymous: ${c.label}`).toBeUndefined();
    }
    for (const c of captured) expect((await replay(editor.request, c)).status(), `editor: ${c.label}`).toBe(403);

    // Nothing changed.
    await admin.goto('/admin/staff');
    await expect(admin.getByText(`intruder-${tag}@newsroom.test`)).toHaveCount(0);
    const after = admin.getByRole('listitem', { name: targetEmail });
    await expect(after.getByText('Invitation pending')).toBeVisible();
    await expect(after.getByLabel(/^Role of/)).toHaveValue('contributor');
    await admin.goto(authorPath);
    await expect(admin.getByLabel('Slug')).not.toHaveValue(`hijacked-${tag}`);
    await admin.goto('/admin/authors');
    await expect(admin.getByText(`Intruder Author ${tag}`)).toHaveCount(0);
    await admin.goto('/admin/settings');
    await expect(admin.getByLabel('Site name')).not.toHaveValue(`Hijacked ${tag}`);
    await admin.goto('/admin/sections');
    await expect(admin.getByText(`Intruder Desk ${tag}`)).toHaveCount(0);
    await admin.goto('/admin/tags');
    await expect(admin.getByText(`Hijacked ${tag}`)).toHaveCount(0);
  });
});
