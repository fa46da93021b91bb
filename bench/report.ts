// Turns measurements into the printed tables, the target verdicts and bench/results.json.
import fs from 'node:fs';
import os from 'node:os';
import { coldTable, coldTargets, type ColdResults } from './cold';
import type { LoadResult } from './load';
import { median, p95 } from './probe';
import type { WireResults } from './wire';

export type Row = LoadResult & { page: string; via: 'app' | 'front' | 'nginx' };
export type Weight = { page: string; status: number; cache: string; htmlBytes: number; htmlGzipBytes: number; scripts: number; jsGzipBytes: number };
export type Delays = {
  /** Median delay from an edit committed to the database until instance 1 shows it. */
  appEditVisibleMs: number;
  /** Per instance (1, 2, …), each trial's delay until that instance shows the edit. */
  instanceEditVisibleMs: number[][];
  frontEditVisibleMs: number[];
};
/** Six uploaders posting one PNG again and again while readers were measured (bench/hardening.ts). */
export type UploadScenario = {
  name: string;
  megapixels: number;
  pngBytes: number;
  seconds: number;
  /** HTTP status (or "error") to how many uploads got it. */
  statuses: Record<string, number>;
  uploadP50Ms: number;
  uploadMaxMs: number;
  rssPeakMB: number;
};
export type Results = {
  when: string;
  machine: { cpus: number; cpuModel: string; memory: string; node: string };
  archive: { stories: number; generateSeconds: number; dbMB: number };
  /** The engine served from, and how many app instances stood behind the front. */
  setup: { engine: string; instances: number };
  buildSeconds: number;
  seconds: number;
  rows: Row[];
  weights: Weight[];
  delays: Delays;
  searchP95AtOneConnectionMs: number;
  searchRepeatedP95AtOneConnectionMs: number;
  rssAfterLoadMB: number;
  /** Never-requested articles, and hot pages while a crawler sweeps (bench/cold.ts); absent in a --hardening run. */
  cold?: ColdResults;
  uploads: UploadScenario[];
  /** The wire API's list, publish to webhook and delivery throughput (bench/wire.ts); absent in a --hardening run. */
  wire?: WireResults;
  /** 1-minute load average when the server started: other work on the machine skews results. */
  loadAverageBefore: number;
  targets: { name: string; value: string; met: boolean }[];
};

const pad = (v: string | number, n: number) => String(v).padStart(n);
const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function machine() {
  const cpuModel = /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  return { cpus: os.cpus().length, cpuModel, memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`, node: process.version };
}

export function rowTable(rows: Row[]): string {
  const head = `${'page'.padEnd(22)} ${'via'.padEnd(5)} ${'tool'.padEnd(4)} ${pad('conns', 5)} ${pad('req/s', 9)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)} ${pad('errors', 7)} ${pad('bytes', 8)}`;
  const lines = rows.map(
    (r) =>
      `${r.page.padEnd(22)} ${r.via.padEnd(5)} ${r.tool.padEnd(4)} ${pad(r.connections, 5)} ${pad(fmt(r.rps, 0), 9)} ${pad(fmt(r.p50, 2), 8)} ${pad(fmt(r.p99, 2), 8)} ${pad(r.errors, 7)} ${pad(r.bytesPerResponse, 8)}`,
  );
  return [head, ...lines].join('\n');
}

export function weightTable(weights: Weight[]): string {
  const head = `${'page'.padEnd(14)} ${pad('status', 6)} ${'x-nextjs-cache'.padEnd(14)} ${pad('HTML KB', 8)} ${pad('HTML gz KB', 10)} ${pad('scripts', 7)} ${pad('JS gz KB', 9)}`;
  const lines = weights.map(
    (w) =>
      `${w.page.padEnd(14)} ${pad(w.status, 6)} ${(w.cache || '-').padEnd(14)} ${pad(fmt(w.htmlBytes / 1024), 8)} ${pad(fmt(w.htmlGzipBytes / 1024), 10)} ${pad(w.scripts, 7)} ${pad(fmt(w.jsGzipBytes / 1024), 9)}`,
  );
  return [head, ...lines].join('\n');
}

export const READER_PAGES = ['home', 'article', 'section', 'tag', 'author'];

/** The targets, checked against this run. */
export function evaluate(r: Omit<Results, 'targets'>, ratioConns: number) {
  const find = (page: string, via: Row['via'], conns: number, tool?: Row['tool']) =>
    r.rows.find((x) => x.page === page && x.via === via && x.connections === conns && (!tool || x.tool === tool));
  const targets: Results['targets'] = [];
  const staticRow = find('static page', 'app', ratioConns);
  for (const page of READER_PAGES) {
    const row = find(page, 'app', ratioConns);
    if (staticRow && row) {
      const ratio = row.rps / staticRow.rps;
      targets.push({ name: `${page}: throughput vs static page (${ratioConns} conns) >= 80%`, value: `${fmt(ratio * 100, 0)}%`, met: ratio >= 0.8 });
    }
    // Latency from the Node client's own per-request timing where it ran (see run.ts).
    const at8 = find(page, 'app', 8, 'node') ?? find(page, 'app', 8);
    if (at8) targets.push({ name: `${page}: p99 at 8 conns < 50 ms (${at8.tool})`, value: `${fmt(at8.p99, 1)} ms`, met: at8.p99 < 50 });
    const at64 = find(page, 'app', 64);
    if (at64) targets.push({ name: `${page}: errors at 64 conns = 0`, value: String(at64.errors), met: at64.errors === 0 });
  }
  const front = find('article', 'front', ratioConns);
  const nginx = find('article file', 'nginx', ratioConns);
  if (front && nginx) {
    const ratio = front.rps / nginx.rps;
    targets.push({ name: `front: article vs nginx static (${ratioConns} conns) >= 1/3`, value: `${fmt(ratio * 100, 0)}%`, met: ratio >= 1 / 3 });
  }
  const worst = Math.max(...r.delays.frontEditVisibleMs, 0);
  if (r.delays.frontEditVisibleMs.length) targets.push({ name: 'front: edit visible within 1 s (worst of trials)', value: `${fmt(worst, 0)} ms`, met: worst <= 1000 });
  r.delays.instanceEditVisibleMs.forEach((trials, i) => {
    const worstHere = Math.max(...trials, 0);
    if (trials.length) targets.push({ name: `instance ${i + 1}: edit visible within 1 s (worst of trials)`, value: `${fmt(worstHere, 0)} ms`, met: worstHere <= 1000 });
  });
  targets.push(...coldTargets(r.cold));
  targets.push(...hardeningTargets(r));
  targets.push(...wireTargets(r));
  // A run of the hardening rows alone (--hardening) measures no search.
  if (r.searchP95AtOneConnectionMs >= 0) targets.push({ name: 'search p95 < 30 ms (1 conn, distinct queries)', value: `${fmt(r.searchP95AtOneConnectionMs, 1)} ms`, met: r.searchP95AtOneConnectionMs > 0 && r.searchP95AtOneConnectionMs < 30 });
  const article = r.weights.find((w) => w.page === 'article');
  if (article) {
    targets.push({ name: 'article JS < 100 KB gz', value: `${fmt(article.jsGzipBytes / 1024)} KB`, met: article.jsGzipBytes < 100 * 1024 });
    targets.push({ name: 'article HTML < 60 KB gz', value: `${fmt(article.htmlGzipBytes / 1024)} KB`, met: article.htmlGzipBytes < 60 * 1024 });
  }
  targets.push({ name: 'server RSS after load < 400 MB', value: `${r.rssAfterLoadMB} MB`, met: r.rssAfterLoadMB < 400 });
  return targets;
}

/** Issue 12: a publish reaches the clients' webhooks within a second (p95); the list holds at 64 connections. */
function wireTargets(r: Omit<Results, 'targets'>): Results['targets'] {
  const targets: Results['targets'] = [];
  const list64 = r.rows.find((x) => x.page === 'wire api list' && x.connections === 64);
  if (list64) targets.push({ name: 'wire api list: errors at 64 conns = 0', value: String(list64.errors), met: list64.errors === 0 });
  if (r.wire) {
    const p = p95(r.wire.publishToWebhookMs);
    targets.push({ name: `wire: publish to webhook p95 < 1 s (${r.wire.clients} clients)`, value: `${fmt(p, 0)} ms`, met: p >= 0 && p < 1000 });
  }
  return targets;
}

/** The wire rows beside the load table: delays and throughput. */
export function wireTable(w: WireResults): string {
  return [
    `wire: ${w.items} items listed, ${w.clients} webhook clients`,
    `publish to webhook: p50 ${fmt(median(w.publishToWebhookMs), 0)} ms, p95 ${fmt(p95(w.publishToWebhookMs), 0)} ms, worst ${fmt(Math.max(...w.publishToWebhookMs), 0)} ms (${w.publishToWebhookMs.length} deliveries)`,
    `publish to all ${w.clients} clients: p50 ${fmt(median(w.publishToAllClientsMs), 0)} ms, p95 ${fmt(p95(w.publishToAllClientsMs), 0)} ms (${w.publishToAllClientsMs.length} publishes)`,
    `throughput: ${w.throughput.deliveries} deliveries (${w.throughput.items} publishes x ${w.clients} clients) in ${fmt(w.throughput.seconds, 2)} s, ${fmt(w.throughput.perSecond, 0)} a second`,
  ].join('\n');
}

/** Readers under attack keep at least half their throughput; uploads stay within a memory budget (the issue saw 842 MB). */
function hardeningTargets(r: Omit<Results, 'targets'>): Results['targets'] {
  const rps = (page: string) => r.rows.find((x) => x.page === page && x.via === 'app')?.rps;
  const targets: Results['targets'] = [];
  const versus = (page: string, base: string, name: string) => {
    const [under, normal] = [rps(page), rps(base)];
    if (under === undefined || !normal) return;
    targets.push({ name: `${name} >= 50% (8 conns)`, value: `${fmt((under / normal) * 100, 0)}%`, met: under / normal >= 0.5 });
  };
  versus('article (revalidate sent)', 'article (undisturbed)', 'article while a client sends x-prerender-revalidate on 4 conns vs undisturbed');
  // Six signed-in connections cost readers the same whatever they ask the newsroom for (about
  // 20 ms of the one JavaScript thread per request); what an upload may add is its image.
  for (const u of r.uploads) {
    versus(`home (${u.name})`, 'home (staff GET /admin)', `home during six ${u.megapixels} MP uploads vs six staff GET /admin`);
    versus(`article (${u.name})`, 'article (staff GET /admin)', `article during six ${u.megapixels} MP uploads vs six staff GET /admin`);
    // V8's heap is capped at 256 MB (npm start); one 40 MP decode adds about 160 MB beside it.
    targets.push({ name: `server RSS peak during six ${u.megapixels} MP uploads < 512 MB`, value: `${u.rssPeakMB} MB`, met: u.rssPeakMB < 512 });
  }
  return targets;
}

const statusText = (u: UploadScenario) =>
  Object.entries(u.statuses)
    .map(([status, n]) => `${n}x ${status}`)
    .join(', ');

export function uploadTable(uploads: UploadScenario[]): string {
  const head = `${'uploads'.padEnd(16)} ${pad('PNG KB', 7)} ${pad('seconds', 7)} ${'answers'.padEnd(28)} ${pad('p50 ms', 8)} ${pad('max ms', 8)} ${pad('RSS MB', 7)}`;
  const lines = uploads.map(
    (u) =>
      `${u.name.padEnd(16)} ${pad(fmt(u.pngBytes / 1024, 0), 7)} ${pad(fmt(u.seconds, 1), 7)} ${statusText(u).padEnd(28)} ${pad(fmt(u.uploadP50Ms, 0), 8)} ${pad(fmt(u.uploadMaxMs, 0), 8)} ${pad(u.rssPeakMB, 7)}`,
  );
  return [head, ...lines].join('\n');
}

export function writeResults(file: string, results: Results) {
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
}

/** The same results as Markdown tables, for the README's Performance section. */
export function markdown(r: Results): string {
  const rows = r.rows.map(
    (x) => `| ${x.page} | ${x.via} | ${x.tool} | ${x.connections} | ${fmt(x.rps, 0)} | ${fmt(x.p50, 1)} | ${fmt(x.p99, 1)} | ${x.errors} | ${x.bytesPerResponse} |`,
  );
  const weights = r.weights.map(
    (w) => `| ${w.page} | ${w.status} | ${w.cache || '-'} | ${fmt(w.htmlBytes / 1024)} | ${fmt(w.htmlGzipBytes / 1024)} | ${fmt(w.jsGzipBytes / 1024)} |`,
  );
  const targets = r.targets.map((t) => `| ${t.name} | ${t.value} | ${t.met ? 'met' : 'missed'} |`);
  return [
    '| page | via | client | connections | req/s | p50 ms | p99 ms | errors | bytes/response |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| page | status | x-nextjs-cache | HTML KB | HTML KB gzip | client JS KB gzip |',
    '| --- | ---: | --- | ---: | ---: | ---: |',
    ...weights,
    '',
    '| target | this run | |',
    '| --- | --- | --- |',
    ...targets,
    '',
    ...(r.cold ? [coldTable(r.cold), ''] : []),
    ...(r.wire ? ['```', wireTable(r.wire), '```', ''] : []),
    ...(r.uploads.length
      ? [
          '| uploads (six at a time, repeated) | PNG KB | answers | p50 ms | max ms | server RSS peak MB |',
          '| --- | ---: | --- | ---: | ---: | ---: |',
          ...r.uploads.map((u) => `| ${u.name} | ${fmt(u.pngBytes / 1024, 0)} | ${statusText(u)} | ${fmt(u.uploadP50Ms, 0)} | ${fmt(u.uploadMaxMs, 0)} | ${u.rssPeakMB} |`),
          '',
        ]
      : []),
  ].join('\n');
}
