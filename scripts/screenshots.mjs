// Screenshots of pages at phone and desktop widths, light and dark, for looking at the product:
//   BASE_URL=http://127.0.0.1:3000 node scripts/screenshots.mjs / /energy  (writes to test-results/shots)
// Newsroom pages as a staff member: SIGN_IN=email:password node scripts/screenshots.mjs /admin/stories/new
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = path.resolve(process.env.SHOTS_DIR ?? 'test-results/shots');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
/** Signs in once; every screenshot then reuses the session cookie. */
async function staffState() {
  if (!process.env.SIGN_IN) return undefined;
  const [email, ...rest] = process.env.SIGN_IN.split(':');
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(rest.join(':'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/admin/);
  const state = await context.storageState();
  await context.close();
  return state;
}
const storageState = await staffState();
for (const p of paths) {
  for (const [label, width] of [['desktop', 1280], ['phone', 390]]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, storageState });
      const page = await context.newPage();
      await page.goto(base + p, { waitUntil: 'networkidle' });
      // SCROLL_TO: a text on the page to bring into view first (a part far below the top).
      if (process.env.SCROLL_TO) await page.getByText(process.env.SCROLL_TO).first().scrollIntoViewIfNeeded();
      const name = `${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL === '1' });
      await context.close();
      console.log(path.join(out, name));
    }
  }
}
await browser.close();
