// The wire service under load (issue 12's benchmark rows): the wire API's list at 8 and 64
// connections, the delay from a publish's commit until each client's webhook has it, and how many
// deliveries a second the deliverer inside `npm start` pushes to 50 clients.
//
// The stories get their wire versions as the newsroom's publish writes them (bench/wire-writer.ts,
// a child process on the same database); the clients are made as `npm run wire:client` makes them
// (db/wire-client-create.ts); their webhooks are one receiver on loopback that answers 200 at once.
// Nothing tells the app about a publish: its deliverer finds the outbox rows as it would after a
// save on another instance.
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { insertWireClient } from '../db/wire-client-create';
import { DEFAULT_PRODUCT } from '../lib/wire/products';
import { withDatabase } from './database';
import { runLoad } from './load';
import { median, p95 } from './probe';
import type { Row } from './report';
import { log, root, waitForIdle } from './servers';
import type { WriterReply, WriterRequest } from './wire-writer';

export type WireResults = {
  /** Stories with a wire version when the list was loaded. */
  items: number;
  clients: number;
  /** Commit of a publish until its delivery reached a client: every delivery of every trial. */
  publishToWebhookMs: number[];
  /** Per trial, until the last of the clients had it. */
  publishToAllClientsMs: number[];
  throughput: { items: number; deliveries: number; seconds: number; perSecond: number };
};

export type WireContext = { app: string; databaseUrl: string; env: NodeJS.ProcessEnv; seconds: number; tmp: string; pids: number[]; rows: Row[]; quick: boolean };

export const WIRE_RECEIVER_PORT = 3960;
const CLIENTS = 50;
const TRIALS = 20;
const BURST = 20;

type Arrival = { client: number; item: string; version: number; at: number };

/** One webhook receiver for every client (/hook/{n}); it keeps each arrival's time. */
function startReceiver(port: number) {
  const arrivals: Arrival[] = [];
  const waiters: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const at = Date.now();
    req.resume();
    req.on('end', () => {
      const client = Number(req.url?.split('/').at(-1));
      arrivals.push({ client, item: String(req.headers['x-meridian-item']), version: Number(req.headers['x-meridian-version']), at });
      res.writeHead(200).end();
      for (const w of waiters.splice(0)) w();
    });
  });
  const listening = new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  /** Resolves once `done(arrivals)` holds, or rejects after `ms`. */
  const until = (done: (a: Arrival[]) => boolean, ms: number) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`wire bench: deliveries still missing after ${ms} ms`)), ms);
      const check = () => {
        if (done(arrivals)) {
          clearTimeout(deadline);
          resolve();
        } else waiters.push(check);
      };
      check();
    });
  return { arrivals, listening, until, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function startWriter(env: NodeJS.ProcessEnv): { ask: (r: WriterRequest) => Promise<WriterReply & { ok: true }>; child: ChildProcess } {
  const child = fork(path.join(root, 'bench', 'wire-writer.ts'), [], {
    env: { ...env, WIRE_DELIVERY: '0' },
    execArgv: ['--conditions=react-server', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let queue = Promise.resolve() as Promise<unknown>;
  const ask = (request: WriterRequest) => {
    const next = queue.then(
      () =>
        new Promise<WriterReply & { ok: true }>((resolve, reject) => {
          child.once('message', (reply: WriterReply) => (reply.ok ? resolve(reply) : reject(new Error(reply.error))));
          child.send(request);
        }),
    );
    queue = next.catch(() => undefined);
    return next;
  };
  return { ask, child };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureWire(ctx: WireContext): Promise<WireResults> {
  const items = ctx.quick ? 1_000 : 10_000;
  const writer = startWriter(ctx.env);
  const receiver = startReceiver(WIRE_RECEIVER_PORT);
  try {
    await receiver.listening;
    // A reused archive still holds the last run's wire: start from none, as on the first run.
    await withDatabase(ctx.databaseUrl, (c) =>
      c.transaction(async (tx) => {
        for (const table of ['wire_deliveries', 'wire_messages', 'wire_requests', 'wire_products', 'wire_api_keys', 'wire_clients', 'wire_versions']) await c.execute(sql.raw(`delete from ${table}`), tx);
        await c.execute(sql`update articles set wire_version = 0 where wire_version <> 0`, tx);
      }),
    );
    // 1. The wire's recent archive: the newest stories' first versions, before any webhook exists.
    log(`wire: first versions of the ${items} newest stories`);
    const t = Date.now();
    await writer.ask({ op: 'backfill', count: items });
    log(`wire: written in ${((Date.now() - t) / 1000).toFixed(1)} s`);

    // 2. A polling client whose key's limit the load cannot reach, and 50 webhook clients.
    const made = await withDatabase(ctx.databaseUrl, (c) =>
      c.transaction(async (tx) => {
        const poller = await insertWireClient(tx, { name: 'Bench poller', webhookUrl: null, product: DEFAULT_PRODUCT, rateLimit: 100_000_000, actorId: null });
        for (let n = 1; n <= CLIENTS; n++) {
          await insertWireClient(tx, { name: `Bench client ${n}`, webhookUrl: `http://127.0.0.1:${WIRE_RECEIVER_PORT}/hook/${n}`, product: DEFAULT_PRODUCT, rateLimit: 600, actorId: null });
        }
        return poller;
      }),
    );
    const auth = { Authorization: `Bearer ${made.key}` };
    const check = await fetch(`${ctx.app}/api/wire/v1/items`, { headers: auth });
    if (check.status !== 200) throw new Error(`wire bench: the wire API answered ${check.status}`);
    const listed = ((await check.json()) as { items: unknown[] }).items.length;
    if (!listed) throw new Error('wire bench: the wire API listed no items');

    // 3. The list, as pollers load it (each request also counts the key's limit and logs itself).
    for (const c of [8, 64]) {
      for (const pid of ctx.pids) await waitForIdle(pid);
      const r = await runLoad(ctx.app, ['/api/wire/v1/items'], c, ctx.seconds, ctx.tmp, undefined, auth);
      ctx.rows.push({ page: 'wire api list', via: 'app', ...r });
      log(`wire api list c=${c}: ${r.rps.toFixed(0)} req/s, p99 ${r.p99.toFixed(1)} ms, errors ${r.errors}`);
    }

    // 4. Publish to webhook: one story at a time, at random moments, to all 50 clients.
    const fresh = (await writer.ask({ op: 'unversioned', count: TRIALS + BURST })).ids!;
    if (fresh.length < TRIALS + BURST) throw new Error('wire bench: too few stories left to publish');
    const publishToWebhookMs: number[] = [];
    const publishToAllClientsMs: number[] = [];
    for (const id of fresh.slice(0, TRIALS)) {
      await wait(200 + Math.random() * 800);
      const uri = `urn:meridianwire:item:${id}`;
      const [committed] = (await writer.ask({ op: 'publish', ids: [id] })).committedAt!;
      await receiver.until((a) => a.filter((x) => x.item === uri).length >= CLIENTS, 30_000);
      const delays = receiver.arrivals.filter((x) => x.item === uri).map((x) => x.at - committed!);
      publishToWebhookMs.push(...delays);
      publishToAllClientsMs.push(Math.max(...delays));
    }
    log(`wire: publish to webhook p95 ${p95(publishToWebhookMs)} ms, to all ${CLIENTS} clients median ${median(publishToAllClientsMs).toFixed(0)} ms`);

    // 5. Throughput: a burst of publishes, every one to every client.
    for (const pid of ctx.pids) await waitForIdle(pid);
    const burst = fresh.slice(TRIALS);
    const uris = new Set(burst.map((id) => `urn:meridianwire:item:${id}`));
    const before = receiver.arrivals.length;
    const startedAt = Date.now();
    await writer.ask({ op: 'publish', ids: burst });
    const deliveries = burst.length * CLIENTS;
    await receiver.until((a) => a.slice(before).filter((x) => uris.has(x.item)).length >= deliveries, 300_000);
    const seconds = (Math.max(...receiver.arrivals.slice(before).map((x) => x.at)) - startedAt) / 1000;
    const throughput = { items: burst.length, deliveries, seconds, perSecond: deliveries / seconds };
    log(`wire: ${deliveries} deliveries in ${seconds.toFixed(2)} s (${throughput.perSecond.toFixed(0)}/s)`);
    return { items, clients: CLIENTS, publishToWebhookMs, publishToAllClientsMs, throughput };
  } finally {
    writer.child.disconnect();
    await receiver.close();
  }
}
