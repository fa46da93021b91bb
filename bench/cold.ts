// Pages no cache holds (issue 14): a crawler sweeping the archive asks for stories nobody asked for
// before, so every request renders. Two figures: how many such renders the server makes per second
// and at what CPU cost each, and how hot reader pages fare while a crawler sweeps.
// The Node client runs both: its connections share one counter, so each path is asked for exactly
// once (wrk's threads each start their Lua state from the same random seed, and could ask for the
// same story at once, the second answered from the first's render).
import { runLoad, type LoadResult } from './load';
import { cpuTicks } from './servers';

export type ColdRow = { connections: number; renders: number; rps: number; cpuMsPerRender: number; p50: number; p99: number; errors: number };
export type CrawlRow = {
  crawlerConnections: number;
  crawlerRps: number;
  crawlerP50: number;
  hotConnections: number;
  hotRps: number;
  hotP50: number;
  hotP99: number;
  errors: number;
};
export type ColdResults = { rows: ColdRow[]; crawl: CrawlRow | null };

type Input = {
  /** The app, or with several instances the front, which spreads the renders over all of them. */
  app: string;
  /** The server processes whose CPU the renders cost (one per instance). */
  pids: number[];
  /** Distinct never-requested article paths, more than the rows can use. */
  paths: string[];
  /** Paths of pages readers keep asking for (already in the cache). */
  hotPaths: string[];
  conns: number[];
  seconds: number;
  waitForIdle: () => Promise<unknown>;
};

const TICK_MS = 10; // USER_HZ 100 on Linux

/** Runs `load` and returns its result with the servers' CPU time over it. */
async function withCpu<T>(pids: number[], load: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const ticks = () => pids.reduce((sum, pid) => sum + cpuTicks(pid), 0);
  const before = ticks();
  const result = await load();
  return { result, cpuMs: (ticks() - before) * TICK_MS };
}

const coldRow = (r: LoadResult, cpuMs: number): ColdRow => ({
  connections: r.connections,
  renders: r.requests,
  rps: r.rps,
  cpuMsPerRender: r.requests ? cpuMs / r.requests : 0,
  p50: r.p50,
  p99: r.p99,
  errors: r.errors,
});

export async function measureCold({ app, pids, paths, hotPaths, conns, seconds, waitForIdle }: Input): Promise<ColdResults> {
  let next = 0;
  const take = (n: number) => {
    const slice = paths.slice(next, next + n);
    next += n;
    return slice;
  };
  // The first renders of each kind of page compile their code paths: not what a crawler meets.
  await runLoad(app, take(300), 8, 2, '', 'node');
  // Enough paths that none repeats: far more than the server renders in `seconds`.
  const budget = Math.floor((paths.length - 300) / (conns.length + 1));
  const rows: ColdRow[] = [];
  for (const c of conns) {
    await waitForIdle();
    const { result, cpuMs } = await withCpu(pids, () => runLoad(app, take(budget), c, seconds, '', 'node'));
    rows.push(coldRow(result, cpuMs));
  }
  await waitForIdle();
  const [crawler, hot] = await Promise.all([runLoad(app, take(budget), 32, seconds, '', 'node'), runLoad(app, hotPaths, 8, seconds, '', 'node')]);
  const crawl: CrawlRow = {
    crawlerConnections: 32,
    crawlerRps: crawler.rps,
    crawlerP50: crawler.p50,
    hotConnections: 8,
    hotRps: hot.rps,
    hotP50: hot.p50,
    hotP99: hot.p99,
    errors: crawler.errors + hot.errors,
  };
  return { rows, crawl };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function coldTable(c: ColdResults): string {
  const lines = c.rows.map(
    (r) => `| ${r.connections} | ${fmt(r.rps, 0)} | ${fmt(r.cpuMsPerRender)} | ${fmt(r.p50)} | ${fmt(r.p99)} | ${r.errors} |`,
  );
  const crawl = c.crawl
    ? [
        '',
        '| crawler conns | crawler renders/s | crawler p50 ms | hot conns | hot req/s | hot p50 ms | hot p99 ms | errors |',
        '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        `| ${c.crawl.crawlerConnections} | ${fmt(c.crawl.crawlerRps, 0)} | ${fmt(c.crawl.crawlerP50, 0)} | ${c.crawl.hotConnections} | ${fmt(c.crawl.hotRps, 0)} | ${fmt(c.crawl.hotP50)} | ${fmt(c.crawl.hotP99)} | ${c.crawl.errors} |`,
      ]
    : [];
  return [
    '| never-requested articles: conns | renders/s | server CPU ms per render | p50 ms | p99 ms | errors |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...lines,
    ...crawl,
  ].join('\n');
}

/** The two targets for pages no cache holds. */
export function coldTargets(c: ColdResults | undefined) {
  if (!c || !c.rows.length) return [];
  const best = Math.max(...c.rows.map((r) => r.rps));
  const targets = [{ name: `cold article renders/s (best of ${c.rows.map((r) => r.connections).join('/')} conns) >= 100`, value: fmt(best, 0), met: best >= 100 }];
  if (c.crawl) targets.push({ name: 'hot reader pages p99 < 50 ms while a crawler sweeps at 32 conns (node)', value: `${fmt(c.crawl.hotP99)} ms`, met: c.crawl.hotP99 < 50 });
  return targets;
}
