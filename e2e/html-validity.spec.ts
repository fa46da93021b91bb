import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, request as playwrightRequest, test } from '@playwright/test';
import { STAFF, STAFF_PASSWORD } from './helpers/newsroom';
import { newsroomPages, READER_PAGES, staffStorageState } from './helpers/site-pages';

const VNU_JAR = path.resolve('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

type VnuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

/** Runs the W3C Nu HTML Checker once over every file: the JVM takes seconds to start. */
async function vnu(files: string[]): Promise<VnuMessage[]> {
  // vnu exits 1 when it finds errors; the JSON report on stderr is what counts.
  const result = await promisify(execFile)('java', ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string; code?: number }) => {
      if (error.code !== 1) throw error;
      return { stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
    },
  );
  return (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
}

test('every reader and newsroom page is valid HTML (Nu HTML Checker)', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'html-validity-'));
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const admin = await playwrightRequest.newContext({ baseURL, storageState: await staffStorageState(browser, 'html-validity') });
  const editor = await playwrightRequest.newContext({ baseURL, storageState: await staffStorageState(browser, 'html-validity', STAFF.editor) });
  const staffPages = await newsroomPages(admin);
  // The editor's screens differ (no staff or settings rights): those answer with the 403 page, which must be valid too.
  const pages = [
    READER_PAGES.map((url) => ({ url, who: 'anonymous', as: anonymous })),
    staffPages.map((url) => ({ url, who: 'admin', as: admin })),
    staffPages.map((url) => ({ url, who: 'editor', as: editor })),
  ].flat();

  const files: Record<string, string> = {};
  for (const [i, { url, who, as }] of pages.entries()) {
    const response = await as.get(url, { maxRedirects: 0 });
    expect(response.status(), `${url} (${who})`).toBeLessThan(500);
    expect(response.headers()['content-type'], url).toMatch(/^text\/html/);
    const file = path.join(dir, `page-${i}.html`);
    fs.writeFileSync(file, await response.body());
    files[path.basename(file)] = `${url} (${who})`;
  }
  await Promise.all([anonymous.dispose(), admin.dispose(), editor.dispose()]);

  const errors = (await vnu(Object.keys(files).map((f) => path.join(dir, f)))).map((m) => ({
    page: files[path.basename(new URL(m.url).pathname)],
    line: m.lastLine,
    message: m.message,
    extract: m.extract,
  }));
  fs.rmSync(dir, { recursive: true, force: true });
  expect(pages.length).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('server-action forms post to their page and still work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/login?next=/admin/profile');
  await expect(page.locator('form').first()).toHaveAttribute('action', '/login');
  await page.getByLabel('Email').fill(STAFF.editor);
  await page.getByLabel('Password').fill(STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin\/profile$/);
  const signOut = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign out', exact: true }) });
  await expect(signOut).toHaveAttribute('action', '/admin/profile');
  await signOut.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/login/);
  await context.close();
});
