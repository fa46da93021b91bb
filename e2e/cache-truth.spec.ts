import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { copyE2eDatabase } from './helpers/database-copy';
import { expect, test } from '@playwright/test';
import { serverArgs } from '../scripts/server-args.mjs';
import { signIn, STAFF, startStory, submitStory, uniqueHeadline } from './helpers/newsroom';

// Nothing is served that the database does not back (issue 14): the three cases an operator met.
// Each test starts servers of its own from the production build the shared e2e server made, on
// databases of their own (copies of the e2e database, or a fresh one), on ports of their own.
const root = path.resolve(__dirname, '..');
const e2eDir = path.join(root, 'data', 'e2e');
const base = Number(process.env.E2E_PORT ?? 3210) + 41;
const PORTS = { restore: base, first: base + 1, fresh: base + 2, start: base + 3 };
const ARTICLE = '/technology/chipmakers-expand-capacity-amid-ai-server-boom';

const started = new Set<ChildProcess>();
test.afterEach(() => {
  for (const child of started) child.kill('SIGKILL');
  started.clear();
});

type Server = { child: ChildProcess; exited: Promise<number | null>; url: string };

async function startServer(port: number, dbFile: string, siteUrl = `http://127.0.0.1:${port}`): Promise<Server> {
  const child = spawn(process.execPath, serverArgs(root), {
    cwd: root,
    env: { ...dbEnv(dbFile), NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), SITE_URL: siteUrl, AUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else-0123456789', LOG_REQUESTS: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  started.add(child);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void exited.then(() => started.delete(child));
  const url = `http://127.0.0.1:${port}`;
  // Only the health check before the test's own first requests: nothing warms a reader page.
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { child, exited, url };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${port} did not start`);
}

async function stop(server: Server) {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

const dbEnv = (dbFile: string) => ({ ...process.env, DATABASE_URL: `file:${dbFile}` });

function copyDatabase(name: string) {
  return copyE2eDatabase(path.join(e2eDir, `${name}.db`));
}

async function read(url: string) {
  const res = await fetch(url, { redirect: 'manual' });
  return { status: res.status, text: await res.text() };
}

const items = (xml: string) => xml.match(/<item>/g)?.length ?? 0;

test.describe('caches never outlive the database', () => {
  test.describe.configure({ mode: 'serial' });

  test.describe('restore', () => {
    test.use({ baseURL: `http://127.0.0.1:${PORTS.restore}` });

    test('a story published after the backup is gone once the backup is restored', async ({ page }) => {
      test.setTimeout(180_000);
      const db = copyDatabase('cache-restore');
      const backup = path.join(e2eDir, 'cache-restore-backup.db');
      fs.rmSync(backup, { force: true });
      let server = await startServer(PORTS.restore, db);
      execFileSync('npm', ['run', '--silent', 'db:backup', '--', backup], { cwd: root, env: dbEnv(db), stdio: 'pipe' });

      const headline = uniqueHeadline('Restore check');
      await signIn(page, STAFF.editor);
      await startStory(page, headline, 'Published after the backup was taken.');
      await submitStory(page, 'Publish now', /Published/);
      const articlePath = (await page.getByRole('link', { name: 'View on site' }).getAttribute('href'))!;
      // Readers see it, twice over so the response cache holds each page.
      for (const p of [articlePath, '/', '/feed.xml', '/business']) {
        await read(server.url + p);
        const warm = await read(server.url + p);
        expect(warm.status, p).toBe(200);
        expect(warm.text, p).toContain(headline);
      }
      await stop(server);

      execFileSync('npm', ['run', '--silent', 'db:restore', '--', backup], { cwd: root, env: dbEnv(db), stdio: 'pipe' });
      server = await startServer(PORTS.restore, db);
      expect((await read(server.url + articlePath)).status).toBe(404);
      for (const p of ['/', '/feed.xml', '/business', '/sitemap.xml', '/news-sitemap.xml']) {
        const after = await read(server.url + p);
        expect(after.status, p).toBe(200);
        expect(after.text, `${p} after the restore`).not.toContain(headline);
        expect(after.text, `${p} after the restore`).not.toContain(articlePath);
      }
      // Repeats (from the response cache now) agree.
      expect((await read(server.url + articlePath)).status).toBe(404);
      expect((await read(server.url + '/')).text).not.toContain(headline);
    });
  });

  test('a server on another database serves nothing of the first one’s stories', async () => {
    test.setTimeout(120_000);
    const first = await startServer(PORTS.first, copyDatabase('cache-first'));
    for (const p of ['/', ARTICLE, '/feed.xml', '/sitemap.xml', '/technology']) {
      await read(first.url + p);
      expect((await read(first.url + p)).text, p).toContain(ARTICLE);
    }
    const freshDb = path.join(e2eDir, 'cache-fresh.db');
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(freshDb + suffix, { force: true });
    execFileSync('npx', ['tsx', 'db/migrate.ts'], { cwd: root, env: dbEnv(freshDb), stdio: 'pipe' });
    // The first server keeps running from the same build folder while the second starts.
    const fresh = await startServer(PORTS.fresh, freshDb);
    expect((await read(fresh.url + ARTICLE)).status).toBe(404);
    expect((await read(fresh.url + '/technology')).status).toBe(404);
    const home = await read(fresh.url + '/');
    expect(home.status).toBe(200);
    expect(home.text).toContain('No stories have been published yet.');
    expect(home.text).not.toContain(ARTICLE);
    for (const p of ['/feed.xml', '/sitemap.xml', '/news-sitemap.xml']) {
      const xml = await read(fresh.url + p);
      expect(xml.status, p).toBe(200);
      expect(xml.text, p).not.toContain(ARTICLE);
      expect(items(xml.text), p).toBe(0);
    }
    // And the first still serves its own.
    expect((await read(first.url + ARTICLE)).status).toBe(200);
  });

  test('from the first request after a start, feeds, sitemaps, robots.txt and the 404 page carry the runtime site URL and real items', async () => {
    test.setTimeout(120_000);
    const db = copyDatabase('cache-start');
    const siteUrl = 'http://news.example.test';
    const server = await startServer(PORTS.start, db, siteUrl);

    const feed = await read(server.url + '/feed.xml');
    expect(feed.text).toContain(`<atom:link href="${siteUrl}/feed.xml" rel="self"`);
    expect(feed.text).toContain(`<link>${siteUrl}/</link>`);
    expect(items(feed.text)).toBeGreaterThan(0);
    expect(feed.text).not.toContain('localhost');
    const sitemap = await read(server.url + '/sitemap.xml');
    expect(sitemap.text).toContain(`<loc>${siteUrl}${ARTICLE}</loc>`);
    expect(sitemap.text).not.toContain('localhost');
    const news = await read(server.url + '/news-sitemap.xml');
    expect(news.text).toMatch(new RegExp(`<loc>${siteUrl}/[a-z-]+/[a-z0-9-]+</loc>`));
    expect(news.text).not.toContain('localhost');
    const robots = await read(server.url + '/robots.txt');
    expect(robots.text).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
    expect(robots.text).not.toContain('localhost');
    for (const missing of ['/no-such-page/at-all', '/technology/no-such-story']) {
      const notFound = await read(server.url + missing);
      expect(notFound.status, missing).toBe(404);
      expect(notFound.text, missing).toContain(`href="${siteUrl}/feed.xml"`);
      expect(notFound.text, missing).not.toContain('localhost');
    }
    const article = await read(server.url + ARTICLE);
    expect(article.text).toContain(`<link rel="canonical" href="${siteUrl}${ARTICLE}"/>`);
    expect(article.text).toContain(`<meta property="og:url" content="${siteUrl}${ARTICLE}"/>`);
    expect(article.text).toContain(`"url":"${siteUrl}${ARTICLE}"`);

    // The admin's site URL (written to the database by another process, as another instance would)
    // overrides SITE_URL on the next reads, the kept copies included.
    const adminUrl = 'https://wire.example.org';
    const direct = new Database(db);
    direct.prepare("insert into site_settings (key, value) values ('url', ?) on conflict(key) do update set value = excluded.value").run(adminUrl);
    direct.close();
    await expect.poll(async () => (await read(server.url + '/feed.xml')).text).toContain(`<atom:link href="${adminUrl}/feed.xml" rel="self"`);
    expect((await read(server.url + '/robots.txt')).text).toContain(`Sitemap: ${adminUrl}/sitemap.xml`);
    expect((await read(server.url + '/no-such-page/at-all')).text).toContain(`href="${adminUrl}/feed.xml"`);
    expect((await read(server.url + ARTICLE)).text).toContain(`<link rel="canonical" href="${adminUrl}${ARTICLE}"/>`);
  });
});
