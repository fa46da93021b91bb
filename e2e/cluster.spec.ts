import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { specDatabase } from './helpers/database-copy';
import { signIn, STAFF, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

// `npm run start:cluster` as an operator runs it: the nginx front and two app instances, on a
// database of their own (a copy of the e2e database on SQLite, a seeded one on PostgreSQL) and an
// upload folder of their own, from the build the e2e server made.
// Without nginx the cluster refuses to start and every test here fails (never skips).
const root = path.resolve(__dirname, '..');
const base = Number(process.env.E2E_PORT ?? 3210) + 5;
const FRONT = `http://127.0.0.1:${base}`;
const ONE = `http://127.0.0.1:${base + 1}`;
const TWO = `http://127.0.0.1:${base + 2}`;
const SEARCH_LIMIT = 12;
const LOGIN_LIMIT = 10;

let cluster: ChildProcess | null = null;
let output = '';
let exited: Promise<number | null> = Promise.resolve(null);
let dir = '';

/** Resolves once the cluster says its front is up; rejects with what it said if it stops first. */
function untilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const onData = () => {
      if (/front on :\d+/.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`start:cluster exited with ${code} before serving:\n${output}`)));
  });
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-cluster-'));
  const databaseUrl = await specDatabase('e2e_cluster', dir);
  cluster = spawn(process.execPath, [path.join(root, 'scripts', 'start-cluster.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(base),
      HOST: '127.0.0.1',
      INSTANCES: '2',
      DATABASE_URL: databaseUrl,
      UPLOAD_DIR: path.join(dir, 'uploads'),
      AUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else-0123456789',
      SITE_URL: FRONT,
      TRUST_PROXY: '1',
      RATE_LIMIT_SEARCH: String(SEARCH_LIMIT),
      RATE_LIMIT_LOGIN: String(LOGIN_LIMIT),
      LOG_REQUESTS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const child = cluster;
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  await untilReady(child);
});

// A failed test shows what the cluster printed (its instances' logs), not only the browser's side.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  await testInfo.attach('start-cluster output', { body: output, contentType: 'text/plain' });
  const said = output.split('\n').filter((line) => !line.includes('"msg":"request"'));
  console.error(`start:cluster printed (request lines left out, last 80 lines):\n${said.slice(-80).join('\n')}`);
});

// Whatever happened, nothing of the cluster outlives the spec (its ports are ours to reuse).
test.afterAll(async () => {
  if (cluster && cluster.exitCode === null) {
    cluster.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), 25_000))]);
    if (code === 'timeout') cluster.kill('SIGKILL');
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A browser context whose relative URLs go to one instance (cookies are per host, not per port). */
async function pageOn(browser: Browser, origin: string, email?: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: origin })).newPage();
  if (email) await signIn(page, email);
  return page;
}

/** The HTML of a page straight from one instance, no cookies. */
const html = async (origin: string, pathname: string) => (await fetch(origin + pathname)).text();

test('a story published through instance 1 shows on instance 2 and through the front', async ({ browser }) => {
  // Instance 2 has drawn its home page before the publish: what it shows next must not be that copy.
  expect(await html(TWO, '/')).toContain('</html>');
  const editor = await pageOn(browser, ONE, STAFF.editor);
  const headline = uniqueHeadline('Cluster publish');
  await startStory(editor, headline);
  await submitStory(editor, 'Publish now', /Published/);
  const href = await editor.getByRole('link', { name: 'View on site' }).getAttribute('href');
  expect(href).toMatch(/^\/business\//);

  // A bounded wait for the other process to see the shared database: no timing assertion.
  const shows = (origin: string, pathname: string) => async () => (await html(origin, pathname)).includes(headline);
  await expect.poll(shows(TWO, href!), { timeout: 5_000, message: 'instance 2 serves the article' }).toBe(true);
  // The page instance 2 had already drawn (and keeps in its caches) must follow the database too.
  await expect.poll(shows(TWO, '/'), { timeout: 5_000, message: "instance 2's home page lists the story" }).toBe(true);
  await expect.poll(shows(FRONT, '/'), { timeout: 5_000, message: "the front's home page lists the story" }).toBe(true);
});

test('an image uploaded through instance 1 is served by instance 2 (one shared upload folder)', async ({ browser }) => {
  const editor = await pageOn(browser, ONE, STAFF.editor);
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2f5d50' } }).png().toBuffer();
  const upload = await editor.request.post(`${ONE}/admin/media`, { multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer: png } } });
  expect(upload.status()).toBe(201);
  const { url } = (await upload.json()) as { url: string };
  const image = await fetch(TWO + url);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/webp');
});

test('a session works on both instances, and an account deactivated on 1 is refused on 2 at its next request', async ({ browser }) => {
  const journalist = await pageOn(browser, ONE, STAFF.journalist);
  await journalist.goto(`${TWO}/admin`);
  await expect(journalist).toHaveURL(`${TWO}/admin`);
  await expect(journalist.getByRole('heading', { level: 1 })).toBeVisible();

  const admin = await pageOn(browser, ONE, STAFF.admin);
  await admin.goto('/admin/staff');
  const row = admin.getByRole('listitem', { name: STAFF.journalist });
  await row.getByRole('button', { name: 'Deactivate' }).click();
  await expect(row.getByRole('status')).toContainText('Account deactivated');

  await journalist.goto(`${TWO}/admin`);
  await expect(journalist).toHaveURL(/\/login\?next=/);
});

test('rate limits count once across the instances: half the budget on each, then both refuse', async () => {
  const search = (origin: string, i: number, client = '198.51.100.201') =>
    fetch(`${origin}/search?q=cluster+${i}`, { headers: { 'x-forwarded-for': client } }).then((r) => r.status);
  const half = SEARCH_LIMIT / 2;
  const statuses = [];
  for (let i = 0; i < half; i++) statuses.push(await search(ONE, i));
  for (let i = half; i < SEARCH_LIMIT; i++) statuses.push(await search(TWO, i));
  expect(statuses).toEqual(Array(SEARCH_LIMIT).fill(200));
  expect(await search(TWO, 100)).toBe(429);
  expect(await search(ONE, 101)).toBe(429);
  expect(await search(ONE, 102, '198.51.100.202')).toBe(200);

  // The sign-in posts' limit too (counted in proxy.ts).
  const login = (origin: string) =>
    fetch(`${origin}/login`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '198.51.100.203', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
      redirect: 'manual',
    }).then((r) => r.status);
  const posts = [];
  for (let i = 0; i < LOGIN_LIMIT; i++) posts.push(await login(i % 2 ? ONE : TWO));
  expect(posts.filter((s) => s === 429)).toEqual([]);
  expect(await login(ONE)).toBe(429);
});

/** The pid `start:cluster` reported for the instance on `port`. */
function instancePid(port: number): number {
  const pid = new RegExp(`127\\.0\\.0\\.1:${port} \\(pid (\\d+)\\)`).exec(output)?.[1];
  expect(pid, output).toBeTruthy();
  return Number(pid);
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

test('the front keeps serving and saving while an instance is killed, and loses no acknowledged save', async ({ browser }) => {
  // Saved and acknowledged through the front (either instance may have taken it).
  const editor = await pageOn(browser, FRONT, STAFF.editor);
  const headline = uniqueHeadline('Cluster durable');
  await startStory(editor, headline);
  await submitStory(editor, 'Save draft', /Saved/);
  const id = storyIdFromUrl(editor);

  // Readers keep coming while instance 1 is killed without warning.
  const readers = Array.from({ length: 40 }, (_, i) => fetch(`${FRONT}/?reader=${i}`).then((r) => r.status));
  process.kill(instancePid(base + 1), 'SIGKILL');
  for (const status of await Promise.all(readers)) expect(status).toBeLessThan(500);
  await expect.poll(() => output, { timeout: 5_000 }).toContain(`instance 1 (127.0.0.1:${base + 1}) was killed (SIGKILL); the front keeps serving from the other 1 of 2`);
  expect(await listening(base + 1)).toBe(false);

  for (let i = 0; i < 10; i++) expect((await fetch(`${FRONT}/api/health`)).status).toBe(200);
  // The acknowledged save is there, read by the survivor; and the newsroom still saves through the front.
  const survivor = await pageOn(browser, TWO, STAFF.editor);
  await survivor.goto(`/admin/stories/${id}`);
  await expect(survivor.getByLabel('Headline')).toHaveValue(headline);
  await editor.goto(`/admin/stories/${id}`);
  await editor.getByLabel('Headline').fill(`${headline} updated`);
  await submitStory(editor, 'Save draft', /Saved/);
  await survivor.reload();
  await expect(survivor.getByLabel('Headline')).toHaveValue(`${headline} updated`);
});

test('SIGTERM stops the front and every instance', async () => {
  expect(cluster?.exitCode).toBeNull();
  cluster!.kill('SIGTERM');
  expect(await exited).toBe(0);
  for (const port of [base, base + 1, base + 2]) expect(await listening(port)).toBe(false);
});
