// `npm run bench [-- --quick] [-- --reuse] [-- --stories N] [-- --hardening] [-- --wire] [-- --db postgres]
// [-- --instances N]`: generates a large archive, builds and serves it, loads every reader page type
// on 127.0.0.1 and prints/writes the results (see README, Performance). `--hardening` runs only the
// rows under attack (hardening.ts), `--wire` only the wire rows (wire.ts). `--db postgres` serves the same archive from PostgreSQL
// (bench/database.ts); `--instances N` serves it from N app instances behind the front
// (`npm run start:cluster`), and measures the publish-to-visible delay on each.
import { sql } from 'drizzle-orm';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findNginx } from '../deploy/nginx/render.mjs';
import { runMigrations } from '../db/migrate';
import { coldTable, measureCold, type ColdResults } from './cold';
import { benchDatabase, withDatabase, type BenchEngine } from './database';
import { generateArchive, type ArchiveInfo } from './generate';
import { buildVocabulary } from './words';
import { measureHardening } from './hardening';
import { measureWire, type WireResults } from './wire';
import { hasWrk, runLoad, type LoadResult } from './load';
import { get, median, pageWeight, waitUntilVisible } from './probe';
import {
  evaluate,
  wireTable,
  machine,
  markdown,
  READER_PAGES,
  rowTable,
  uploadTable,
  weightTable,
  writeResults,
  type Delays,
  type Results,
  type Row,
  type Weight,
} from './report';
import { build, ensureTools, log, waitForIdle, waitForQuiet, root, rssMb, startFront, startApp, startCluster, startStaticNginx, stopAll, waitForOtherBuilds } from './servers';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const reuse = argv.includes('--reuse');
const hardeningOnly = argv.includes('--hardening');
const wireOnly = argv.includes('--wire');
const stories = Number(argv[argv.indexOf('--stories') + 1]) || (quick ? 5_000 : 100_000);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const engine = (option('--db') ?? 'sqlite') as BenchEngine;
if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`--db takes sqlite or postgres, not ${engine}`);
const instances = Number(option('--instances') ?? 1);
if (!Number.isInteger(instances) || instances < 1 || instances > 8) throw new Error('--instances takes a whole number from 1 to 8');
const seconds = quick ? 2 : 10;
const conns = quick ? [8, 64] : [8, 32, 64];
const ratioConns = conns.includes(32) ? 32 : 64;
// With several instances, `start:cluster` puts the front on its PORT and instance k on PORT+k.
const CLUSTER = 3910;
const [APP, FRONT, STATIC] = instances > 1 ? [CLUSTER + 1, CLUSTER, 3902] : [3900, 3901, 3902];
const instancePorts = Array.from({ length: instances }, (_, i) => APP + i);

const tmp = path.join(root, 'bench', 'tmp');
const dbFile = path.join(tmp, `archive-${stories}.db`);
const distDir = path.join('bench', 'tmp', 'next');
// Exactly the article's HTML, served by the same Next server from public/ (removed afterwards).
const staticName = 'bench-static-page.html';
const publicStatic = path.join(root, 'public', staticName);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: distDir,
  NEXT_SKIP_TYPECHECK: '1',
  LOG_REQUESTS: process.env.LOG_REQUESTS ?? '1',
  // Set once the archive is ready (SQLite file, or its copy in PostgreSQL).
  DATABASE_URL: '',
  SITE_URL: `http://127.0.0.1:${APP}`,
  AUTH_SECRET: 'bench-only-secret-not-used-anywhere-else-0123456789',
  // Search and the content API are measured for speed from one client: the per-client limits
  // would answer 429.
  RATE_LIMIT_SEARCH: '0',
  RATE_LIMIT_API: '0',
  // The upload rows stand for many contributors at once: one account's per-minute upload limit
  // would refuse them with 429 before the decode queue is reached.
  RATE_LIMIT_UPLOAD: '0',
  UPLOAD_DIR: path.join(tmp, 'uploads'),
  // The wire rows' 50 client webhooks are one receiver on loopback (bench/wire.ts).
  WIRE_ALLOW_PRIVATE_WEBHOOKS: '1',
};

let stopDatabase = () => undefined as void;
function cleanup() {
  stopAll();
  stopDatabase();
  fs.rmSync(publicStatic, { force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanup();
    process.exit(130);
  });
}

async function prepareArchive(): Promise<ArchiveInfo> {
  const infoFile = `${dbFile}.json`;
  if (reuse && fs.existsSync(infoFile) && fs.existsSync(dbFile)) {
    // An archive from an older checkout gets the migrations committed since (new indexes, say).
    await runMigrations(`file:${dbFile}`);
    return JSON.parse(fs.readFileSync(infoFile, 'utf8')) as ArchiveInfo;
  }
  log(`generating ${stories} stories`);
  const info = await generateArchive({ file: dbFile, stories });
  fs.writeFileSync(infoFile, JSON.stringify(info));
  log(`generated in ${info.seconds.toFixed(1)} s (${Math.round(info.bytes / 2 ** 20)} MB)`);
  return info;
}

/** Paths of stories never requested so far (all but the sample ones): each request renders a page. */
async function coldArticlePaths(count: number, requested: string[]): Promise<string[]> {
  const rows = await withDatabase(env.DATABASE_URL!, (c) =>
    c.rows<{ p: string }>(sql`select '/' || s.slug || '/' || a.slug as p from articles a join sections s on s.id = a.section_id order by a.id desc limit ${count + requested.length}`),
  );
  const skip = new Set(requested);
  return rows.map((r) => r.p).filter((p) => !skip.has(p)).slice(0, count);
}

/** An edit as the newsroom makes it (new headline, reader-visible "Updated"), straight in the database. */
function editHeadline(slug: string, headline: string) {
  const now = Date.now();
  return withDatabase(env.DATABASE_URL!, (c) =>
    c.transaction((tx) => c.execute(sql`update articles set headline = ${headline}, updated_at = ${now}, modified_at = ${now}, version = version + 1 where slug = ${slug}`, tx)),
  );
}

/**
 * From an edit committed to the database until its new headline shows: on the app (instance 1), on
 * every other instance, and through the front. Nothing tells the app: each instance notices the
 * content token the write renewed (CONTENT_STATE_MS) and drops its stale pages.
 */
async function measureDelays(articlePath: string, slug: string, instancePorts: number[]): Promise<Delays> {
  const front = `http://127.0.0.1:${FRONT}${articlePath}`;
  let n = 0;
  const edit = async () => {
    const headline = `Edited headline ${Date.now()} ${++n}`;
    const started = performance.now();
    await editHeadline(slug, headline);
    return { headline, started };
  };
  const trials = quick ? 2 : 8;
  const perInstance: number[][] = instancePorts.map(() => []);
  const frontEditVisibleMs: number[] = [];
  for (let i = 0; i < trials; i++) {
    await new Promise((r) => setTimeout(r, 300 + Math.random() * 900));
    const e = await edit();
    const seen = await Promise.all([
      ...instancePorts.map((p) => waitUntilVisible(`http://127.0.0.1:${p}${articlePath}`, e.headline, e.started)),
      findNginx() ? waitUntilVisible(front, e.headline, e.started) : Promise.resolve(null),
    ]);
    instancePorts.forEach((_, k) => perInstance[k]!.push(seen[k] ?? 99_999));
    if (findNginx()) frontEditVisibleMs.push(seen[instancePorts.length] ?? 99_999);
  }
  return { appEditVisibleMs: median(perInstance[0]!), instanceEditVisibleMs: perInstance, frontEditVisibleMs };
}

type Load = (page: string, via: Row['via'], base: string, paths: string[], c: number, tool?: 'node') => Promise<LoadResult>;
type ReaderRowsInput = {
  app: string;
  pids: number[];
  pages: Record<string, string[]>;
  searchPaths: string[];
  weights: Weight[];
  load: Load;
  articlePath: string;
  slug: string;
  extraArticles: string[];
};

/** Every reader page at each connection count, the front, edit delays, cold renders and search. */
async function readerRows({ app, pids, pages, searchPaths, weights, load, articlePath, slug, extraArticles }: ReaderRowsInput) {
  for (const [page, paths] of Object.entries(pages)) for (const c of conns) await load(page, 'app', app, paths, c);
  // Latency at 8 connections again, timed per request by the Node client: for runs of mostly
  // sub-millisecond answers wrk has printed p99s that its own request count rules out.
  if (hasWrk()) for (const page of READER_PAGES) await load(page, 'app', app, pages[page]!, 8, 'node');

  if (findNginx()) {
    // One instance: the front as `start:cached` runs it; several: the cluster's own front is up.
    if (instances === 1) await startFront(path.join(tmp, 'nginx-front'), FRONT, APP);
    const front = `http://127.0.0.1:${FRONT}`;
    for (let i = 0; i < 3; i++) await get(front + articlePath);
    if (!quick) await runLoad(front, [articlePath], 8, 1, tmp);
    for (const c of conns) await load('article', 'front', front, [articlePath], c);
    await load('home', 'front', front, ['/'], ratioConns);
    const statics = await startStaticNginx(path.join(tmp, 'nginx-static'), path.join(tmp, 'www'), STATIC);
    for (const c of conns) await load('article file', 'nginx', `http://127.0.0.1:${STATIC}`, ['/article.html'], c);
    statics.kill('SIGTERM');
  }
  log('measuring edit -> visible delays');
  const delays = await measureDelays(articlePath, slug, instancePorts);
  // Right after the last edit and its expiry: the first request rendered, the rest are cache hits.
  await load('article (after edit)', 'app', app, [articlePath], 8);
  // Stories nobody asked for (a crawler's sweep), and hot pages while one sweeps (bench/cold.ts).
  log('never-requested articles');
  // With several instances the crawler comes through the front, which spreads it over all of them.
  const cold = await measureCold({
    app: instances > 1 && findNginx() ? `http://127.0.0.1:${FRONT}` : app,
    pids,
    paths: await coldArticlePaths(quick ? 2000 : 12_000, [articlePath, ...extraArticles]),
    hotPaths: READER_PAGES.flatMap((p) => pages[p]!),
    conns: [8, 32],
    seconds,
    waitForIdle: () => idle(pids),
  });
  for (const r of cold.rows) log(`never-requested article c=${r.connections}: ${r.rps.toFixed(0)} renders/s, ${r.cpuMsPerRender.toFixed(1)} ms CPU each, p99 ${r.p99.toFixed(0)} ms`);
  if (cold.crawl) log(`hot pages while a crawler sweeps: p99 ${cold.crawl.hotP99.toFixed(1)} ms (crawler ${cold.crawl.crawlerRps.toFixed(0)} renders/s)`);
  const { body: _searchBody, ...searchWeight } = await pageWeight(app, searchPaths[0]!);
  weights.push({ page: 'search', ...searchWeight });
  // Every query different (none answered from a cache): what a reader typing something new waits.
  const distinctPaths = buildVocabulary(4000)
    .slice(100, 3100)
    .map((w) => `/search?q=${encodeURIComponent(w)}`);
  // One connection, timed per request by the Node client: wrk's percentiles are not trustworthy
  // when most answers take 0.1 ms and a few take 50 (it printed a p90 of 16 ms for a run whose
  // request count allows at most 0.3% of requests that slow).
  const search1 = await load('search (distinct)', 'app', app, distinctPaths, 1, 'node');
  // The same few queries over and over, as in a spike on one story.
  const searchRepeated = await load('search (repeated)', 'app', app, searchPaths, 1, 'node');
  // Under load only when a single query is quick enough not to stall the server for minutes.
  if (search1.p95 < 200) await load('search (distinct)', 'app', app, distinctPaths.slice().reverse(), 8);
  return { delays, cold, search: { distinctP95: search1.p95, repeatedP95: searchRepeated.p95 } };
}

/** Every server process has drained what the previous load left queued. */
async function idle(pids: number[]) {
  for (const pid of pids) await waitForIdle(pid);
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(tmp, { recursive: true });
  // The hardening rows need neither: without wrk the Node generator loads both sides alike.
  if (!hardeningOnly) ensureTools(() => hasWrk() && findNginx() !== null);
  const archive = await prepareArchive();
  const database = await benchDatabase(engine, dbFile, stories, reuse, tmp);
  env.DATABASE_URL = database.url;
  stopDatabase = database.stop;
  const s = archive.sample;
  const articlePath = `/${s.articleSection}/${s.article}`;

  await waitForOtherBuilds();
  let buildSeconds = 0;
  if (!(reuse && fs.existsSync(path.join(root, distDir, 'BUILD_ID')))) {
    log('next build (into bench/tmp/next)');
    const t = Date.now();
    build(env);
    buildSeconds = (Date.now() - t) / 1000;
  }
  await waitForQuiet(quick ? 0.5 : 5);
  fs.writeFileSync(publicStatic, 'placeholder'); // must exist when the server starts
  const loadBefore = os.loadavg()[0]!;
  const server = instances > 1 ? await startCluster(env, CLUSTER, instances) : await startApp(env, APP);
  const pids = 'pids' in server ? server.pids : [server.pid!];
  const app = `http://127.0.0.1:${APP}`;

  const pages: Record<string, string[]> = {
    home: ['/'],
    article: [articlePath],
    section: [`/${s.section}`],
    tag: [`/tags/${s.tag}`],
    author: [`/authors/${s.author}`],
    'rss feed': ['/feed.xml'],
    sitemap: ['/sitemap.xml'],
    'content api': ['/api/v1/articles'],
  };
  // Search runs last and with one connection: each query runs synchronously on the server's only
  // thread, so a slow one would stall every page measured after it.
  const searchPaths = archive.searchTerms.map((q) => `/search?q=${encodeURIComponent(q)}`);
  log('warming up');
  const weights: Weight[] = [];
  for (const [page, paths] of Object.entries(pages)) {
    for (const p of paths) for (let i = 0; i < 3; i++) await get(app + p);
    const { body, ...w } = await pageWeight(app, paths[0]!);
    weights.push({ page, ...w });
    if (page === 'article') {
      fs.writeFileSync(publicStatic, body);
      fs.mkdirSync(path.join(tmp, 'www'), { recursive: true });
      fs.writeFileSync(path.join(tmp, 'www', 'article.html'), body);
    }
  }
  pages['static page'] = [`/${staticName}`];
  if (!quick) for (const p of Object.values(pages)) await runLoad(app, p, 8, 1, tmp);

  const rows: Row[] = [];
  const load = async (page: string, via: Row['via'], base: string, paths: string[], c: number, tool?: 'node') => {
    // Each row starts on a server that has drained what the previous row left queued.
    await idle(pids);
    const r = await runLoad(base, paths, c, seconds, tmp, tool);
    rows.push({ page, via, ...r });
    log(`${page} via ${via} c=${c}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}`);
    return r;
  };
  let delays: Delays = { appEditVisibleMs: -1, instanceEditVisibleMs: [], frontEditVisibleMs: [] };
  let search = { distinctP95: -1, repeatedP95: -1 };
  let cold: ColdResults | undefined;
  if (!hardeningOnly && !wireOnly) {
    ({ delays, search, cold } = await readerRows({ app, pids, pages, searchPaths, weights, load, articlePath, slug: s.article, extraArticles: s.extraArticles }));
  }
  // The largest instance: each is its own process with its own budget.
  const rssAfterLoadMB = Math.max(...pids.map(rssMb));
  let wire: WireResults | undefined;
  if (!hardeningOnly) wire = await measureWire({ app, databaseUrl: env.DATABASE_URL, env, seconds, tmp, pids, rows, quick });
  // Last: the uploads leave decoded images behind in memory, which the RSS target would count.
  const uploads = wireOnly ? [] : await measureHardening({ app, articlePath, seconds, tmp, databaseUrl: env.DATABASE_URL, uploadDir: env.UPLOAD_DIR!, pid: server.pid!, rows });
  cleanup();

  const partial = {
    when: new Date().toISOString(),
    machine: machine(),
    archive: { stories, generateSeconds: archive.seconds, dbMB: Math.round(archive.bytes / 2 ** 20) },
    setup: { engine, instances },
    buildSeconds,
    seconds: (Date.now() - started) / 1000,
    rows,
    weights,
    delays,
    searchP95AtOneConnectionMs: search.distinctP95,
    searchRepeatedP95AtOneConnectionMs: search.repeatedP95,
    rssAfterLoadMB,
    cold,
    uploads,
    wire,
    loadAverageBefore: loadBefore,
  };
  const results: Results = { ...partial, targets: evaluate(partial, ratioConns) };
  // A run of the hardening rows alone leaves the last full run's results in place.
  // One file per setup, so the SQLite, PostgreSQL and cluster runs can be read side by side.
  const setupName = engine === 'sqlite' && instances === 1 ? '' : `-${engine}${instances > 1 ? `-${instances}` : ''}`;
  const partRun = hardeningOnly || wireOnly;
  const name = hardeningOnly ? 'results-hardening' : wireOnly ? 'results-wire' : `results${setupName}`;
  writeResults(path.join(partRun ? tmp : path.join(root, 'bench'), `${name}.json`), results);
  fs.writeFileSync(path.join(tmp, `${name}.md`), markdown(results));
  console.log(`\n${stories} stories, ${seconds} s per load, wrk ${hasWrk() ? 'yes' : 'no (Node generator)'}; ${results.machine.cpus} CPUs ${results.machine.cpuModel}\n`);
  console.log(rowTable(rows));
  console.log(`\n${weightTable(weights)}`);
  const d = delays;
  console.log(
    `\n${engine}, ${instances} instance(s). Edit visible: ` +
      d.instanceEditVisibleMs.map((t, i) => `instance ${i + 1} median ${median(t).toFixed(0)} ms, worst ${Math.max(0, ...t).toFixed(0)} ms; `).join('') +
      `through front: median ${median(d.frontEditVisibleMs).toFixed(0)} ms, worst ${Math.max(0, ...d.frontEditVisibleMs).toFixed(0)} ms`,
  );
  console.log(`search p95 at 1 conn: distinct queries ${search.distinctP95.toFixed(1)} ms, repeated ${search.repeatedP95.toFixed(1)} ms; server RSS after load ${rssAfterLoadMB} MB\n`);
  if (cold) console.log(`${coldTable(cold)}\n`);
  if (wire) console.log(`${wireTable(wire)}\n`);
  console.log(`${uploadTable(uploads)}\n`);
  for (const t of results.targets) console.log(`${t.met ? 'MET   ' : 'MISSED'} ${t.name}: ${t.value}`);
  console.log(`\nresults in ${partRun ? `bench/tmp/${name}.json` : `bench/${name}.json`} (${results.seconds.toFixed(0)} s)`);
}

main().catch((error) => {
  cleanup();
  console.error(error);
  process.exit(1);
});
