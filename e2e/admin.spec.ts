import { expect, test } from '@playwright/test';
import { invite, NEW_PASSWORD, setPassword, signInAs, unique } from './helpers/accounts';
import { SAMPLE_IMAGE, STAFF, staffPage } from './helpers/newsroom';


test.describe('admin', () => {
  test('an admin invites a journalist, who sets a password once and signs in', async ({ browser }) => {
    const admin = await staffPage(browser, STAFF.admin);
    const email = `${unique('invitee')}@newsroom.test`;
    const link = await invite(admin, 'Invited Journalist', email);
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

    // Invalid input is refused beside its field and creates nothing.
    const form = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create invitation' }) });
    await form.getByLabel('Name').fill('Someone Else');
    await form.getByLabel('Email').fill(email.toUpperCase());
    await form.getByRole('button', { name: 'Create invitation' }).click();
    await expect(form.getByText('An account with this email already exists.')).toBeVisible();
    await form.getByLabel('Email').fill('someone@nowhere');
    await form.getByRole('button', { name: 'Create invitation' }).click();
    await expect(form.getByText(/Enter a valid email address/)).toBeVisible();

    const guest = await (await browser.newContext()).newPage();
    await guest.goto(link);
    await guest.getByLabel('New password', { exact: true }).fill('short');
    await guest.getByLabel('New password again').fill('short');
    await guest.getByRole('button', { name: 'Set password' }).click();
    await expect(guest.getByText('Use at least 12 characters.')).toBeVisible();
    await setPassword(guest, link);
    // Setting the password signs the person in: they land in the newsroom as themselves.
    await expect(guest.getByText('Invited Journalist').first()).toBeVisible();

    // The link works once.
    await guest.goto(link);
    await expect(guest.getByText(/This link has already been used/)).toBeVisible();
    await guest.goto('/invite/not-a-real-token');
    await expect(guest.getByText(/This link is not valid/)).toBeVisible();

    const journalist = await signInAs(browser, email);
    await expect(journalist.getByText('Invited Journalist').first()).toBeVisible();
    await admin.goto('/admin/audit?action=staff.invite');
    await expect(admin.getByRole('cell', { name: new RegExp(email) })).toBeVisible();
  });

  test('renaming an author slug redirects the old author URL permanently', async ({ browser, request }) => {
    const admin = await staffPage(browser, STAFF.admin);
    const name = unique('Guest Writer ');
    const slug = name.toLowerCase().replace(/\s+/g, '-');
    await admin.goto('/admin/authors');
    const create = admin.locator('form').filter({ has: admin.getByRole('button', { name: 'Create profile' }) });
    await create.getByLabel('Name').fill(name);
    await create.getByLabel('Bio').fill('<script>alert(1)</script> Writes on energy.');
    await create.getByRole('button', { name: 'Create profile' }).click();
    await expect(create.getByText(/The bio is plain text/)).toBeVisible();
    await expect(create.getByLabel('Name')).toHaveValue(name);
    await create.getByLabel('Bio').fill('Writes on energy & markets.');
    await create.getByLabel('Photo').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('this is not an image') });
    await create.getByRole('button', { name: 'Create profile' }).click();
    await expect(create.getByText(/not an image we can use/)).toBeVisible();
    await create.getByLabel('Photo').setInputFiles(SAMPLE_IMAGE);
    await create.getByRole('button', { name: 'Create profile' }).click();
    await expect(admin.getByRole('status')).toHaveText('Profile created.');

    // The reader page is cached under the old slug before the rename.
    expect((await request.get(`/authors/${slug}`)).status()).toBe(200);
    await admin.getByLabel('Slug').fill('ricardo-mendoza');
    await admin.getByRole('button', { name: 'Save profile' }).click();
    await expect(admin.getByText('Another author already uses this address. Choose a different slug.')).toBeVisible();
    await admin.getByLabel('Slug').fill(`${slug}-renamed`);
    await admin.getByRole('button', { name: 'Save profile' }).click();
    await expect(admin.getByRole('status').filter({ hasText: `now redirects to /authors/${slug}-renamed` })).toBeVisible();

    const old = await request.get(`/authors/${slug}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(old.status());
    expect(old.headers().location).toContain(`/authors/${slug}-renamed`);
    const renamed = await request.get(`/authors/${slug}-renamed`);
    expect(renamed.status()).toBe(200);
    expect(await renamed.text()).toContain('Writes on energy &amp; markets.');
  });

  test('a deactivated journalist is signed out on the next request', async ({ browser }) => {
    const admin = await staffPage(browser, STAFF.admin);
    const email = `${unique('leaver')}@newsroom.test`;
    const guest = await (await browser.newContext()).newPage();
    await setPassword(guest, await invite(admin, 'Leaving Journalist', email));
    const journalist = await signInAs(browser, email);

    await admin.goto('/admin/staff');
    const row = admin.getByRole('listitem', { name: email });
    await row.getByRole('button', { name: 'Deactivate' }).click();
    await expect(row.getByRole('status')).toContainText('Account deactivated');
    await expect(row.getByText('Deactivated', { exact: true })).toBeVisible();

    await journalist.goto('/admin');
    await expect(journalist).toHaveURL(/\/login\?next=/);
    // Signing in again is refused too.
    await journalist.getByLabel('Email').fill(email);
    await journalist.getByLabel('Password').fill(NEW_PASSWORD);
    await journalist.getByRole('button', { name: 'Sign in' }).click();
    await expect(journalist).toHaveURL(/\/login/);

    await admin.getByRole('listitem', { name: email }).getByRole('button', { name: 'Reactivate' }).click();
    await expect(admin.getByRole('listitem', { name: email }).getByRole('status')).toContainText('Account reactivated');
  });

  test('an editor creates and renames a section; the old address redirects permanently', async ({ browser, request }) => {
    const editor = await staffPage(browser, STAFF.editor);
    const name = unique('Desk ');
    const slug = name.toLowerCase().replace(/\s+/g, '-');
    // The search page keeps the site's frame (header, footer) between searches: it must follow.
    const searchPage = async () => (await request.get('/search?q=harbour')).text();
    expect(await searchPage()).not.toContain(name);
    await editor.goto('/admin/sections');
    const create = editor.getByRole('region', { name: 'New section' });
    await create.getByLabel('Name').fill(name);
    await create.getByLabel('Order on the home page').fill('90');
    await create.getByRole('button', { name: 'Create section' }).click();
    await expect(create.getByRole('status')).toContainText('created');
    expect((await request.get(`/${slug}`)).status()).toBe(200);
    const search = await searchPage();
    expect(search).toMatch(new RegExp(`<a [^>]*href="/${slug}"[^>]*>${name}</a>`));
    expect(search).toContain(`<option value="${slug}">${name}</option>`);

    const card = editor.getByRole('region', { name: `Section ${name}` });
    await card.getByLabel('Slug').fill('admin');
    await card.getByRole('button', { name: 'Save section' }).click();
    await expect(card.getByText('This address is used by the site itself. Choose another slug.')).toBeVisible();
    await card.getByLabel('Slug').fill(`${slug}-new`);
    await card.getByRole('button', { name: 'Save section' }).click();
    await expect(editor.getByRole('region', { name: `Section ${name}` }).getByRole('status')).toContainText('now redirects');
    const old = await request.get(`/${slug}`, { maxRedirects: 0 });
    expect([301, 308]).toContain(old.status());
    expect(old.headers().location).toContain(`/${slug}-new`);
    expect(await searchPage()).toMatch(new RegExp(`<a [^>]*href="/${slug}-new"[^>]*>${name}</a>`));

    // Settings are admin-only: the editor gets 403.
    const settings = await editor.goto('/admin/settings');
    expect(settings?.status()).toBe(403);
  });

  test('site settings refuse an unknown language and markup, storing nothing', async ({ browser }) => {
    const admin = await staffPage(browser, STAFF.admin);
    await admin.goto('/admin/settings');
    const name = await admin.getByLabel('Site name').inputValue();
    await admin.getByLabel('Site name').fill('<b>Hacked</b>');
    await admin.getByLabel('Language of dates').fill('not a language');
    await admin.getByRole('button', { name: 'Save settings' }).click();
    await expect(admin.getByText('The site name is plain text: remove the HTML tags.')).toBeVisible();
    await expect(admin.getByText('Enter a language tag such as en-GB, es-ES or fr.')).toBeVisible();
    await admin.goto('/admin/settings');
    await expect(admin.getByLabel('Site name')).toHaveValue(name);
  });
});
