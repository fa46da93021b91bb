// Reader throughput under the two attacks issue 11 measured: a client sending Next's revalidation
// header (which emptied the response cache), and six huge PNG uploads by the lowest role.
import { hash } from '@node-rs/argon2';
import { sql } from 'drizzle-orm';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { withDatabase } from './database';
import { runLoad, type LoadResult } from './load';
import type { Row, UploadScenario } from './report';
import { log, waitForIdle } from './servers';

export type HardeningContext = {
  app: string;
  articlePath: string;
  seconds: number;
  tmp: string;
  databaseUrl: string;
  uploadDir: string;
  pid: number;
  rows: Row[];
};

const CONNS = 8;
const ATTACKER_CONNS = 4;
const UPLOADERS = 6;
const CONTRIBUTOR = { email: 'contributor@newsroom.test', password: 'bench-contributor-password' };

/** The seeded contributor, as db/seed.ts creates it (the generated archive has no staff). */
async function ensureContributor(databaseUrl: string) {
  const passwordHash = await hash(CONTRIBUTOR.password);
  await withDatabase(databaseUrl, (c) =>
    c.transaction(async (tx) => {
      await c.execute(sql`insert into users (email, name, role, password_hash) values (${CONTRIBUTOR.email}, 'Guest Contributor', 'contributor', ${passwordHash}) on conflict do nothing`, tx);
      await c.execute(sql`update users set password_hash = ${passwordHash}, is_active = true, role = 'contributor' where lower(email) = ${CONTRIBUTOR.email}`, tx);
    }),
  );
}

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]!);

/** Signs in through Auth.js's own credentials endpoint, as the login form does; returns the Cookie header. */
async function signIn(app: string): Promise<string> {
  const csrf = await fetch(`${app}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${app}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiesOf(csrf).join('; '), origin: app },
    body: new URLSearchParams({ email: CONTRIBUTOR.email, password: CONTRIBUTOR.password, csrfToken, callbackUrl: `${app}/admin` }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith('authjs.session-token='));
  if (!session) throw new Error(`signing in as ${CONTRIBUTOR.email} failed (${res.status})`);
  return session;
}

/** A PNG of about `megapixels` in 3:2, drawn at bench time (a flat colour: well under 10 MB). */
function png(megapixels: number): Promise<Buffer> {
  const width = Math.round(Math.sqrt((megapixels * 1e6 * 3) / 2));
  const height = Math.floor((megapixels * 1e6) / width);
  return sharp({ create: { width, height, channels: 3, background: '#4a6d8c' } }).png().toBuffer();
}

/** One reader row at 8 connections, recorded beside the others. */
async function measure(ctx: HardeningContext, page: string, paths: string[]): Promise<LoadResult> {
  const r = await runLoad(ctx.app, paths, CONNS, ctx.seconds, ctx.tmp);
  ctx.rows.push({ page, via: 'app', ...r });
  log(`${page} c=${CONNS}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}`);
  return r;
}

/** Readers on the article while one client sends `x-prerender-revalidate` (not the build's id) on 4 connections. */
async function revalidateFlood(ctx: HardeningContext) {
  await waitForIdle(ctx.pid);
  const [readers, attacker] = await Promise.all([
    measure(ctx, 'article (revalidate sent)', [ctx.articlePath]),
    runLoad(ctx.app, [ctx.articlePath], ATTACKER_CONNS, ctx.seconds, ctx.tmp, undefined, { 'x-prerender-revalidate': '1' }),
  ]);
  ctx.rows.push({ page: 'revalidate sender', via: 'app', ...attacker });
  log(`revalidate sender c=${ATTACKER_CONNS}: ${attacker.rps.toFixed(0)} req/s; readers ${readers.rps.toFixed(0)} req/s`);
}

/** One multipart body, built once: the client's own work per upload stays out of the figures. */
function multipart(image: Buffer) {
  const boundary = `bench${Date.now().toString(16)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.png"\r\nContent-Type: image/png\r\n\r\n`;
  return { body: Buffer.concat([Buffer.from(head), image, Buffer.from(`\r\n--${boundary}--\r\n`)]), type: `multipart/form-data; boundary=${boundary}` };
}

/**
 * The server's peak resident memory from here on: Linux keeps it (VmHWM) and resets it on a write
 * of 5 to clear_refs. Sampling instead would walk /proc on the load generator's own event loop.
 */
function peakRss(pid: number) {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5');
  return () => Math.round(Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
}

/**
 * The control for the upload rows: the same six connections signed in as the contributor, asking
 * for the newsroom's front page instead of uploading. What an upload costs beyond this is the image.
 */
async function newsroomRequests(ctx: HardeningContext, cookie: string) {
  await waitForIdle(ctx.pid);
  const [staff] = await Promise.all([
    runLoad(ctx.app, ['/admin'], UPLOADERS, 2 * ctx.seconds, ctx.tmp, 'node', { cookie }),
    (async () => {
      await measure(ctx, 'home (staff GET /admin)', ['/']);
      await measure(ctx, 'article (staff GET /admin)', [ctx.articlePath]);
    })(),
  ]);
  ctx.rows.push({ page: 'staff GET /admin', via: 'app', ...staff });
}

type UploaderReport = { statuses: Record<string, number>; ms: number[] };

/** Starts the uploaders (bench/uploader.ts) in a child process; the function returned stops them and gives their report. */
async function startUploaders(ctx: HardeningContext, cookie: string, image: Buffer) {
  const { body, type } = multipart(image);
  const bodyFile = path.join(ctx.tmp, 'upload-body.bin');
  fs.writeFileSync(bodyFile, body);
  const child = fork(path.join(__dirname, 'uploader.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, APP: ctx.app, COOKIE: cookie, BODY_FILE: bodyFile, CONTENT_TYPE: type, UPLOADERS: String(UPLOADERS) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const report = new Promise<UploaderReport>((resolve, reject) => {
    child.on('message', (m) => typeof m === 'object' && resolve(m as UploaderReport));
    child.on('exit', (code) => reject(new Error(`the uploaders exited (${code}) without a report`)));
  });
  await new Promise<void>((resolve) => child.once('message', () => resolve()));
  return () => {
    child.send('stop');
    return report;
  };
}

/**
 * Six uploads at a time as the contributor, each sent again as soon as it is answered, for as
 * long as home and then the article are loaded; counts the answers and the server's peak RSS.
 */
async function uploadStorm(ctx: HardeningContext, cookie: string, megapixels: number): Promise<UploadScenario> {
  const image = await png(megapixels);
  await waitForIdle(ctx.pid);
  const rssPeak = peakRss(ctx.pid);
  const started = performance.now();
  const stop = await startUploaders(ctx, cookie, image);
  const label = `uploads ${megapixels} MP`;
  await measure(ctx, `home (${label})`, ['/']);
  await measure(ctx, `article (${label})`, [ctx.articlePath]);
  const { statuses, ms } = await stop();
  ms.sort((a, b) => a - b);
  const scenario = {
    name: label,
    megapixels,
    pngBytes: image.byteLength,
    seconds: (performance.now() - started) / 1000,
    statuses,
    uploadP50Ms: ms[Math.floor(ms.length / 2)] ?? 0,
    uploadMaxMs: ms.at(-1) ?? 0,
    rssPeakMB: rssPeak(),
  };
  log(`${label}: ${JSON.stringify(statuses)}, p50 ${scenario.uploadP50Ms.toFixed(0)} ms, max ${scenario.uploadMaxMs.toFixed(0)} ms, RSS peak ${scenario.rssPeakMB} MB`);
  fs.rmSync(ctx.uploadDir, { recursive: true, force: true });
  return scenario;
}

/**
 * The hardening rows: home and the article undisturbed, the article while a client sends the
 * revalidation header, while six signed-in connections load /admin (the control), and during six
 * concurrent 50 MP uploads (over the cap: refused after reading the header) and 39 MP ones (under
 * it: decoded one at a time).
 */
export async function measureHardening(ctx: HardeningContext): Promise<UploadScenario[]> {
  await ensureContributor(ctx.databaseUrl);
  const cookie = await signIn(ctx.app);
  await waitForIdle(ctx.pid);
  await measure(ctx, 'home (undisturbed)', ['/']);
  await waitForIdle(ctx.pid);
  await measure(ctx, 'article (undisturbed)', [ctx.articlePath]);
  await revalidateFlood(ctx);
  await newsroomRequests(ctx, cookie);
  return [await uploadStorm(ctx, cookie, 50), await uploadStorm(ctx, cookie, 39)];
}
