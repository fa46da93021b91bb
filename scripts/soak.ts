// `npm run soak`: 64 concurrent readers for 60 s while an editor, in a real browser, publishes
// and edits stories through the newsroom. Passes only with zero failed requests and zero lost
// saves. Everything runs on 127.0.0.1 against a fresh seeded database of its own: a SQLite file
// under bench/tmp/soak, or, with DATABASE_URL=postgres://…, that PostgreSQL database (it must be
// empty or a previous soak's: the seed adds the demo content once).
//   npm run soak -- [--seconds 60] [--readers 64] [--no-build]
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { chromium, expect } from '@playwright/test';
import { connect } from '../db/connect';
import { parseDatabaseUrl } from '../db/engine';
import { serverArgs } from './server-args.mjs';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = flag('seconds', 60);
const readers = flag('readers', 64);
const port = flag('port', 3290);
const root = path.resolve(__dirname, '..');
const dir = path.join(root, 'bench', 'tmp', 'soak');
const dbFile = path.join(dir, 'soak.db');
const password = 'soak-password-1';
const distDir = '.next-soak';
const given = process.env.DATABASE_URL;
const databaseUrl = given && parseDatabaseUrl(given).kind === 'postgres' ? given : `file:${dbFile}`;

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  DEMO_PASSWORD: password,
  AUTH_SECRET: 'soak-only-secret-0123456789abcdef',
  SITE_URL: `http://127.0.0.1:${port}`,
  UPLOAD_DIR: path.join(dir, 'uploads'),
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  RATE_LIMIT_SEARCH: '0',
  RATE_LIMIT_API: '0',
  RATE_LIMIT_LOGIN: '0',
  LOG_REQUESTS: '0',
};

function prepare() {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('npx', ['tsx', 'db/seed.ts'], { cwd: root, env, stdio: 'inherit' });
  if (!args.includes('--no-build')) execFileSync('npx', ['next', 'build'], { cwd: root, env, stdio: 'inherit' });
}

async function waitUp() {
  for (let i = 0; i < 150; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start');
}

async function readerPaths(): Promise<string[]> {
  const c = connect(databaseUrl);
  try {
    const now = Date.now();
    const stories = await c.rows<{ slug: string; section: string }>(
      sql`select a.slug, s.slug as section from articles a join sections s on s.id = a.section_id
          where a.status = 'published' and a.published_at <= ${now} order by a.published_at desc limit 12`,
    );
    const sections = (await c.rows<{ slug: string }>(sql`select slug from sections`)).map((r) => `/${r.slug}`);
    const authors = (await c.rows<{ slug: string }>(sql`select slug from authors`)).map((r) => `/authors/${r.slug}`);
    const tags = (await c.rows<{ slug: string }>(sql`select slug from tags order by id limit 6`)).map((r) => `/tags/${r.slug}`);
    return ['/', ...stories.map((s) => `/${s.section}/${s.slug}`), ...sections, ...authors, ...tags, '/search?q=oil', '/feed.xml'];
  } finally {
    await c.close();
  }
}

type ReaderStats = { requests: number; failed: number; statuses: Record<string, number>; errors: string[] };

async function runReaders(paths: string[], deadline: number): Promise<ReaderStats> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: readers });
  const stats: ReaderStats = { requests: 0, failed: 0, statuses: {}, errors: [] };
  const one = (p: string) =>
    new Promise<void>((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          stats.requests += 1;
          const code = res.statusCode ?? 0;
          stats.statuses[code] = (stats.statuses[code] ?? 0) + 1;
          if (code >= 400) {
            stats.failed += 1;
            if (stats.errors.length < 10) stats.errors.push(`${code} ${p}`);
          }
          resolve();
        });
      });
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
      req.on('error', (e) => {
        stats.requests += 1;
        stats.failed += 1;
        if (stats.errors.length < 10) stats.errors.push(`${e.message} ${p}`);
        resolve();
      });
    });
  let i = 0;
  await Promise.all(
    Array.from({ length: readers }, async () => {
      while (Date.now() < deadline) await one(paths[i++ % paths.length]!);
    }),
  );
  agent.destroy();
  return stats;
}

type Save = { id: number; headline: string; dek: string };

async function runEditor(deadline: number): Promise<{ saves: Save[]; errors: string[] }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage({ baseURL: `http://127.0.0.1:${port}` });
  page.setDefaultTimeout(60_000);
  page.on('dialog', (d) => void d.accept());
  const saves: Save[] = [];
  const errors: string[] = [];
  try {
    await page.goto('/login');
    await page.getByLabel('Email').fill('editor@newsroom.test');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin/);
    let n = 0;
    while (Date.now() < deadline - 8_000) {
      n += 1;
      const headline = `Soak story ${n} ${Date.now().toString(36)}`;
      try {
        await page.goto('/admin/stories/new');
        await page.getByLabel('Headline').fill(headline);
        await page.getByLabel('Section').selectOption({ label: 'Business' });
        await page.getByRole('textbox', { name: 'Story body' }).click();
        await page.keyboard.type(`Paragraph written during the soak test, number ${n}.`);
        await page.getByRole('button', { name: 'Publish now', exact: true }).click();
        await expect(page.getByRole('status').filter({ hasText: /Published/ }).first()).toBeVisible({ timeout: 60_000 });
        // The editor moves to the story's own address (with a ?done= marker at first).
        await page.waitForURL(/\/admin\/stories\/\d+/, { timeout: 60_000, waitUntil: 'commit' });
        const id = Number(/\/admin\/stories\/(\d+)/.exec(page.url())![1]);
        saves.push({ id, headline, dek: '' });
        const dek = `Edited summary ${n}`;
        await page.getByLabel('Summary (dek)').fill(dek);
        await page.getByRole('button', { name: 'Update' }).click();
        await page.getByLabel(/Substantive/).check();
        await page.getByRole('button', { name: 'Update' }).click();
        await expect(page.getByRole('status').filter({ hasText: /^Saved/ }).first()).toBeVisible({ timeout: 60_000 });
        saves[saves.length - 1]!.dek = dek;
      } catch (error) {
        errors.push(`story ${n}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
  }
  return { saves, errors };
}

async function verify(saves: Save[]) {
  const c = connect(databaseUrl);
  const lost: string[] = [];
  try {
    for (const s of saves) {
      const [row] = await c.rows<{ slug: string; headline: string; dek: string; status: string; section: string }>(
        sql`select a.slug, a.headline, a.dek, a.status, se.slug as section from articles a join sections se on se.id = a.section_id where a.id = ${s.id}`,
      );
      if (!row || row.headline !== s.headline || row.dek !== s.dek || row.status !== 'published') {
        lost.push(`${s.id} ${s.headline}`);
        continue;
      }
      const html = await (await fetch(`http://127.0.0.1:${port}/${row.section}/${row.slug}`)).text();
      if (!html.includes(s.dek || s.headline)) lost.push(`${s.id} not visible to readers`);
    }
  } finally {
    await c.close();
  }
  return lost;
}

async function main() {
  prepare();
  const server = spawn(process.execPath, serverArgs(root), { cwd: root, env: { ...env, HOST: '127.0.0.1', PORT: String(port) }, stdio: 'inherit' });
  try {
    await waitUp();
    const paths = await readerPaths();
    console.log(`Soak: ${readers} readers on ${paths.length} pages for ${seconds} s, one editor publishing and editing.`);
    const deadline = Date.now() + seconds * 1000;
    const [readerStats, editor] = await Promise.all([runReaders(paths, deadline), runEditor(deadline)]);
    const lost = await verify(editor.saves);
    const rss = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(server.pid)]).toString().trim()) / 1024;
    console.log(JSON.stringify({ readerStats, saves: editor.saves.length, editorErrors: editor.errors, lost, serverRssMb: Math.round(rss) }, null, 2));
    const ok = readerStats.failed === 0 && lost.length === 0 && editor.errors.length === 0 && editor.saves.length > 0;
    console.log(`Soak: ${readerStats.requests} requests, ${readerStats.failed} failed; ${editor.saves.length} stories published and edited, ${lost.length} lost. ${ok ? 'PASS' : 'FAIL'}`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
