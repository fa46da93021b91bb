import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { serverArgs } from '../scripts/server-args.mjs';
import { specDatabase } from './helpers/database-copy';

// The PostgreSQL server going away under a running site, and coming back. A TCP relay of the
// spec's own stands between the app and the server, so "going away" is closing the relay: the
// suite's other servers on the same PostgreSQL are not touched. PostgreSQL run only (@postgres).
const root = path.resolve(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3210) + 20;

/** Forwards connections on `listenPort` to `target`; `cut()` drops them all and refuses new ones. */
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    private readonly target: { host: string; port: number },
    readonly listenPort: number,
  ) {}

  open() {
    return new Promise<void>((resolve) => {
      this.server = net.createServer((client) => {
        const upstream = net.connect(this.target.port, this.target.host);
        for (const socket of [client, upstream]) {
          this.sockets.add(socket);
          socket.on('close', () => this.sockets.delete(socket));
          socket.on('error', () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      this.server.listen(this.listenPort, '127.0.0.1', () => resolve());
    });
  }

  cut() {
    return new Promise<void>((resolve) => {
      for (const socket of this.sockets) socket.destroy();
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server = null;
    });
  }
}

let server: ChildProcess | null = null;
let output = '';
test.afterAll(() => {
  server?.kill('SIGKILL');
});

test('@postgres the database going away: readers get the friendly page, health says 503, and all recovers without a restart', async ({ page }) => {
  test.setTimeout(180_000);
  const direct = new URL(await specDatabase('e2e_outage', ''));
  const client = new pg.Client({ connectionString: direct.toString() });
  await client.connect();
  const { rows } = await client.query<{ section: string; slug: string }>(
    "select s.slug as section, a.slug from articles a join sections s on s.id = a.section_id where a.status = 'published' order by a.published_at desc limit 2",
  );
  await client.end();
  const [first, second] = rows.map((r) => `/${r.section}/${r.slug}`);

  const relay = new Relay({ host: direct.hostname, port: Number(direct.port || 5432) }, port + 1);
  await relay.open();
  const relayed = new URL(direct);
  relayed.hostname = '127.0.0.1';
  relayed.port = String(relay.listenPort);
  server = spawn(process.execPath, serverArgs(root), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: relayed.toString(),
      AUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else-0123456789',
      LOG_REQUESTS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  server.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const origin = `http://127.0.0.1:${port}`;
  const health = async () => {
    try {
      return (await fetch(`${origin}/api/health`)).status;
    } catch {
      return 0;
    }
  };
  await expect.poll(health, { timeout: 60_000, message: output }).toBe(200);
  expect((await fetch(origin + first!)).status).toBe(200);

  await relay.cut();
  await expect.poll(health, { timeout: 20_000, message: 'health answers 503 while the database is away' }).toBe(503);
  // A page no cache holds: the friendly error page, no internals.
  const down = await page.goto(origin + second!, { waitUntil: 'commit' });
  expect(down?.status()).toBeGreaterThanOrEqual(500);
  await expect(page.getByRole('heading', { name: 'This page could not be shown' })).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/ECONNREFUSED|Connection terminated|Failed query|\.js:\d+:\d+/);
  // An address no route matches is still a 404 with the site's not-found page, not an error. (One
  // that could be a section or a story cannot be told apart from one without the database.)
  const missing = await page.goto(`${origin}/no/such/page/here/${Date.now()}`, { waitUntil: 'commit' });
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'We can’t find that page' })).toBeVisible();

  // The server comes back: the same process serves again, without a restart.
  await relay.open();
  await expect.poll(health, { timeout: 30_000, message: 'health recovers' }).toBe(200);
  await expect.poll(async () => (await fetch(origin + second!)).status, { timeout: 10_000 }).toBe(200);
  expect(server.exitCode).toBeNull();
});
