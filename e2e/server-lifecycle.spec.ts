import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyE2eDatabase } from './helpers/database-copy';
import { expect, test } from '@playwright/test';
import { serverArgs } from '../scripts/server-args.mjs';
import { signIn, STAFF, startStory, storyIdFromUrl, submitStory, uniqueHeadline } from './helpers/newsroom';

// These tests start servers of their own from the production build that the shared e2e server
// made, each on a copy of the e2e database, so killing them disturbs nobody.
const root = path.resolve(__dirname, '..');
const e2eDir = path.join(root, 'data', 'e2e');

function startServer(port: number, dbFile: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let out = '';
  const child = spawn(process.execPath, serverArgs(root), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: `file:${dbFile}`,
      AUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else-0123456789',
      LOG_REQUESTS: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  started.add(child);
  void exited.then(() => started.delete(child));
  return { child, output: () => out, exited };
}

// A test that fails half-way must not leave its server holding the port for the next run.
const started = new Set<ChildProcess>();
test.afterEach(() => {
  for (const child of started) child.kill('SIGKILL');
  started.clear();
});

async function waitUntilUp(port: number) {
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/health`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`server on ${port} did not start`);
}

/** A GET over `agent`; resolves with the status once the whole response has arrived. */
function get(port: number, requestPath: string, agent: http.Agent) {
  return new Promise<number>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: requestPath, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

function copyDatabase(name: string) {
  return copyE2eDatabase(path.join(e2eDir, `${name}.db`));
}

test.describe('server lifecycle', () => {
  test.describe.configure({ mode: 'serial' });

  test('refuses to start in production without AUTH_SECRET', async () => {
    const child = spawn(process.execPath, serverArgs(root), {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', AUTH_SECRET: '', PORT: '3239' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(1);
    expect(err).toContain('AUTH_SECRET');
  });

  test('finishes in-flight requests on SIGTERM, logs JSON lines, and leaves a sound database', async () => {
    const db = copyDatabase('lifecycle');
    const port = 3237;
    const server = startServer(port, db);
    await waitUntilUp(port);
    // Open 24 keep-alive connections and let the server accept every one of them (a connection
    // still in the kernel's backlog when the listener closes is refused, as it should be).
    const agent = new http.Agent({ keepAlive: true, maxSockets: 24 });
    await Promise.all(Array.from({ length: 24 }, () => get(port, '/api/health', agent)));
    // Then one request per connection for pages nobody has requested yet, so each one renders
    // while the shutdown begins; once one answer is back the server has read all of them.
    const paths = Array.from({ length: 24 }, (_, i) => `/tags/not-a-tag-${i}`);
    const requests = paths.map((p) => get(port, p, agent));
    await Promise.race(requests);
    server.child.kill('SIGTERM');
    const statuses = await Promise.all(requests);
    agent.destroy();
    for (const s of statuses) expect(s).toBeLessThan(500);
    expect(await server.exited).toBe(0);

    const lines = server
      .output()
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const access = lines.filter((l) => l.msg === 'request');
    expect(access.length).toBeGreaterThanOrEqual(paths.length);
    for (const l of access) {
      expect(l).toEqual(expect.objectContaining({ method: 'GET', status: expect.any(Number), ms: expect.any(Number), id: expect.any(String) }));
      expect(String(l.path)).not.toContain('?');
    }
    expect(lines.some((l) => l.msg === 'stopped')).toBe(true);
    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  test('a broken database shows readers the friendly error page, never a stack trace', async ({ page }) => {
    const db = path.join(e2eDir, 'broken.db');
    fs.writeFileSync(db, '');
    const port = 3238;
    const server = startServer(port, db);
    await waitUntilUp(port);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(503);
    // Next reloads once after a failed server render before showing the boundary; wait for that.
    const res = await page.goto(`http://127.0.0.1:${port}/tags/never-rendered-before-${Date.now()}`, { waitUntil: 'commit' });
    expect(res?.status()).toBe(500);
    // The error boundary renders in the browser; the message is friendly and carries no internals.
    await expect(page.getByRole('heading', { name: 'This page could not be shown' })).toBeVisible();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/no such table|SqliteError|\.js:\d+:\d+/);
    server.child.kill('SIGTERM');
    await server.exited;
    const logged = server.output();
    expect(logged).toContain('"level":"error"');
  });

  test('a server killed with SIGKILL during a stream of saves restarts with a sound database and every acknowledged save', async ({ browser }) => {
    test.setTimeout(180_000);
    const db = copyDatabase('killed');
    const port = 3236;
    let server = startServer(port, db);
    await waitUntilUp(port);
    const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}` });
    const page = await context.newPage();
    await signIn(page, STAFF.editor);
    const headline = uniqueHeadline('Crash test');
    await startStory(page, headline);
    await submitStory(page, 'Save draft', /Saved/);
    const id = storyIdFromUrl(page);

    // Each save is acknowledged when the server's answer to the save request has arrived.
    const isSave = (r: { request(): { method(): string }; url(): string }) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/admin/stories/${id}`;
    let acknowledged = '';
    for (let i = 1; i <= 6; i++) {
      const dek = `Acknowledged revision ${i}`;
      await page.getByLabel('Summary (dek)').fill(dek);
      const answer = page.waitForResponse(isSave);
      await page.getByRole('button', { name: 'Save draft' }).click();
      if ((await answer).ok()) acknowledged = dek;
    }
    expect(acknowledged).toBe('Acknowledged revision 6');
    // One more save in flight, and the server is killed without warning.
    await page.getByLabel('Summary (dek)').fill('Possibly lost revision 7');
    const sent = page.waitForRequest((r) => r.method() === 'POST' && new URL(r.url()).pathname === `/admin/stories/${id}`);
    // The click's own promise ends with the server gone; only its request going out matters here.
    const clicked = page.getByRole('button', { name: 'Save draft' }).click().catch(() => undefined);
    await sent;
    server.child.kill('SIGKILL');
    await clicked;
    await server.exited;
    await context.close();

    server = startServer(port, db);
    await waitUntilUp(port);
    try {
      const check = new Database(db, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      const row = check.prepare('select dek, version from articles where id = ?').get(id) as { dek: string; version: number };
      check.close();
      // The acknowledged save is there; the one in flight either made it whole or not at all.
      expect(['Acknowledged revision 6', 'Possibly lost revision 7']).toContain(row.dek);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
