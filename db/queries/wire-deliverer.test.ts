import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDeliverer, type Deliverer } from '@/lib/wire/deliverer';
import { sampleItem } from '@/lib/wire/fixtures';
import { DEFAULT_PRODUCT } from '@/lib/wire/products';
import { execute, transaction } from '../client';
import { createClient } from './wire-clients';
import { enqueueDeliveries, listDeliveries } from './wire-outbox';

// The deliverer as it runs inside `npm start`, against receivers on loopback.

type Receiver = { url: string; hits: http.IncomingMessage[]; keys: string[]; hold: boolean; release: () => void; close: () => Promise<void> };

async function receiver(hold = false): Promise<Receiver> {
  const waiting: http.ServerResponse[] = [];
  const r: Receiver = { url: '', hits: [], keys: [], hold, release: () => waiting.splice(0).forEach((res) => res.writeHead(200).end()), close: async () => {} };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      r.hits.push(req);
      r.keys.push(String(req.headers['idempotency-key']));
      if (r.hold) waiting.push(res);
      else res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  r.close = () => new Promise((resolve) => { r.release(); server.close(() => resolve()); });
  return r;
}

async function client(name: string, url: string) {
  const made = await createClient({ name, webhookUrl: url, product: DEFAULT_PRODUCT, rateLimit: 600, actorId: null });
  if (!made.ok) throw new Error('not created');
  return made.value.clientId;
}

const config = { concurrency: 4, timeoutMs: 30_000, maxTries: 3, allowPrivate: true };
const running: Deliverer[] = [];
const receivers: Receiver[] = [];

describe('the deliverer', () => {
  beforeEach(async () => {
    await transaction(async (tx) => {
      for (const t of ['wire_deliveries', 'wire_messages', 'wire_products', 'wire_api_keys', 'wire_clients']) await execute(sql.raw(`delete from ${t}`), tx);
    });
  });
  afterEach(async () => {
    for (const d of running.splice(0)) d.stop();
    for (const r of receivers.splice(0)) await r.close();
  });

  it('a client that hangs does not hold up another', async () => {
    const slow = await receiver(true);
    const fast = await receiver();
    receivers.push(slow, fast);
    const slowId = await client('Hangs', slow.url);
    const fastId = await client('Answers', fast.url);
    await transaction((tx) => enqueueDeliveries(tx, sampleItem({ versionCreated: new Date(Date.now() - 1_000) })));
    running.push(startDeliverer(config));
    await vi.waitFor(async () => expect((await listDeliveries(fastId))[0]?.status).toBe('delivered'), { timeout: 15_000 });
    // The slow client has the push in hand and has not answered: still in flight, not delivered.
    await vi.waitFor(() => expect(slow.hits).toHaveLength(1), { timeout: 15_000 });
    expect((await listDeliveries(slowId))[0]).toMatchObject({ status: 'pending', attempts: 1 });
    slow.release();
    await vi.waitFor(async () => expect((await listDeliveries(slowId))[0]?.status).toBe('delivered'), { timeout: 15_000 });
  });

  it('two deliverers (two instances) push each version exactly once', async () => {
    const r = await receiver();
    receivers.push(r);
    const id = await client('Busy', r.url);
    await transaction(async (tx) => {
      for (let v = 1; v <= 12; v++) await enqueueDeliveries(tx, sampleItem({ version: v, versionCreated: new Date(Date.now() - 1_000) }));
    });
    const both = [startDeliverer(config), startDeliverer(config)];
    running.push(...both);
    await vi.waitFor(() => expect(r.keys).toHaveLength(12), { timeout: 30_000 });
    for (const d of both) d.stop();
    for (const d of both) await d.drain();
    expect((await listDeliveries(id)).map((d) => d.status)).toEqual(Array(12).fill('delivered'));
    expect(r.keys).toHaveLength(12);
    expect(new Set(r.keys).size).toBe(12);
  });
});
