import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { push } from '@/lib/wire/deliverer';
import { sampleItem } from '@/lib/wire/fixtures';
import { verifySignature } from '@/lib/wire/signature';
import { makeSection, makeUser, resetContent } from '@/test/factories';
import { execute, rows, transaction } from '../client';
import { DEFAULT_PRODUCT } from '@/lib/wire/products';
import { addProduct, createClient, deleteProduct, getClient, setWebhook } from './wire-clients';
import { claimDelivery, enqueueDeliveries, listAcknowledged, listDeliveries, recordDeliveryOutcome, resendDelivery } from './wire-outbox';

const LEASE = 40_000;
const NOW = Date.parse('2026-01-20T13:00:00Z');

async function client(name: string, over: Partial<typeof DEFAULT_PRODUCT> = {}, webhookUrl: string | null = 'https://hooks.example/wire') {
  const made = await createClient({ name, webhookUrl, product: { ...DEFAULT_PRODUCT, ...over }, rateLimit: 600, actorId: null });
  if (!made.ok) throw new Error('client not created');
  return made.value;
}

async function claimAll(now: number) {
  const got = [];
  for (let d = await claimDelivery([], LEASE, now); d; d = await claimDelivery([], LEASE, now)) got.push(d);
  return got;
}

// A receiver on loopback that answers each push with the next status in `answers`.
let received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let answers: number[] = [];
let server: http.Server;
let hook = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answers.shift() ?? 200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  hook = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise((r) => server.close(r)));

describe('wire outbox', () => {
  let admin = 0;
  beforeEach(async () => {
    await resetContent();
    await transaction(async (tx) => {
      for (const t of ['wire_deliveries', 'wire_messages', 'wire_requests', 'wire_products', 'wire_api_keys', 'wire_clients']) await execute(sql.raw(`delete from ${t}`), tx);
    });
    received = [];
    answers = [];
    admin = (await makeUser('admin')).id;
  });

  it('queues a version once per entitled client with a webhook, in the caller’s transaction, and never twice', async () => {
    const energy = await client('Energy Daily', { sectionIds: [7] });
    const sport = await client('Sport Daily', { sectionIds: [8] });
    await client('Polls only', {}, null);
    const item = sampleItem({ section: { id: 7, slug: 'energy', name: 'Energy' } });
    expect(await transaction((tx) => enqueueDeliveries(tx, item, new Date(NOW)))).toBe(1);
    // The same version again (a retried save, a second instance): nothing new.
    expect(await transaction((tx) => enqueueDeliveries(tx, item, new Date(NOW)))).toBe(0);
    expect((await listDeliveries(energy.clientId)).map((d) => [d.itemUri, d.version, d.status])).toEqual([[item.uri, 3, 'pending']]);
    expect(await listDeliveries(sport.clientId)).toEqual([]);
    // A rolled-back save leaves no trace in the outbox.
    await transaction(async (tx) => {
      await enqueueDeliveries(tx, sampleItem({ version: 4 }), new Date(NOW));
      throw new Error('save failed');
    }).catch(() => undefined);
    expect(await rows(sql`select * from wire_messages where version = 4`)).toEqual([]);
  });

  it('an embargoed item reaches entitled clients at once and the others at the lift; a kill also reaches whoever took an earlier version', async () => {
    const entitled = await client('Entitled', { embargoed: true });
    const plain = await client('Plain');
    const embargoed = sampleItem({ embargoedUntil: new Date(NOW + 3_600_000) });
    await transaction((tx) => enqueueDeliveries(tx, embargoed, new Date(NOW)));
    expect((await listDeliveries(entitled.clientId)).length).toBe(1);
    // The plain client's push waits for the lift.
    expect((await listDeliveries(plain.clientId)).map((x) => x.nextAttemptAt)).toEqual([NOW + 3_600_000]);
    const [d, none] = await claimAll(NOW);
    expect(d?.clientId).toBe(entitled.clientId);
    expect(none).toBeUndefined();
    await recordDeliveryOutcome(d!.id, d!.attempts, { ok: true, code: 200 }, 8, NOW);
    // The client's product later drops everything; the kill still goes to the client that has the story.
    const detail = await getClient(entitled.clientId);
    expect((await deleteProduct(admin, entitled.clientId, detail!.products[0]!.id)).ok).toBe(true);
    expect((await addProduct(admin, entitled.clientId, { name: 'Sport', ...DEFAULT_PRODUCT, sectionIds: [999] })).ok).toBe(true);
    await transaction((tx) => enqueueDeliveries(tx, sampleItem({ version: 4, pubstatus: 'canceled', embargoedUntil: null }), new Date(NOW + 1)));
    expect((await listDeliveries(entitled.clientId)).map((x) => x.pubstatus)).toEqual(['canceled', 'usable']);
    expect(await listAcknowledged(entitled.clientId)).toEqual([expect.objectContaining({ itemUri: embargoed.uri, latestVersion: 4, latestPubstatus: 'canceled', acknowledged: 3 })]);
  });

  it('gives each due delivery to exactly one claimer, and again after a crash once the lease runs out', async () => {
    const c = await client('Daily');
    await transaction((tx) => enqueueDeliveries(tx, sampleItem(), new Date(NOW)));
    const first = await claimDelivery([], LEASE, NOW);
    expect(first).toMatchObject({ clientId: c.clientId, attempts: 1, version: 3 });
    expect(await claimDelivery([], LEASE, NOW + 1)).toBeNull();
    // The claimer died between the commit and the send: the row comes back when its lease ends.
    expect(await claimDelivery([], LEASE, NOW + LEASE - 1)).toBeNull();
    const again = await claimDelivery([], LEASE, NOW + LEASE);
    expect(again).toMatchObject({ id: first!.id, attempts: 2, payload: first!.payload });
    // A busy client's rows wait for its push in flight.
    expect(await claimDelivery([c.clientId], LEASE, NOW + 2 * LEASE)).toBeNull();
  });

  it('one claim takes one delivery, however many are due', async () => {
    await client('One');
    await client('Two');
    await client('Three');
    await transaction((tx) => enqueueDeliveries(tx, sampleItem(), new Date(NOW)));
    expect(await claimDelivery([], LEASE, NOW)).not.toBeNull();
    const taken = await rows<{ attempts: number }>(sql`select attempts from wire_deliveries order by id`);
    expect(taken.map((t) => Number(t.attempts))).toEqual([1, 0, 0]);
    expect(await claimAll(NOW)).toHaveLength(2);
  });

  it('claimers racing in parallel (FOR UPDATE SKIP LOCKED on PostgreSQL) never take the same delivery', async () => {
    for (let c = 1; c <= 4; c++) await client(`Racer ${c}`);
    await transaction(async (tx) => {
      for (let v = 1; v <= 5; v++) await enqueueDeliveries(tx, sampleItem({ version: v }), new Date(NOW));
    });
    const claimer = async () => {
      const got: number[] = [];
      for (let d = await claimDelivery([], LEASE, NOW); d; d = await claimDelivery([], LEASE, NOW)) got.push(d.id);
      return got;
    };
    const ids = (await Promise.all([claimer(), claimer(), claimer(), claimer()])).flat();
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    const tries = await rows<{ attempts: number }>(sql`select attempts from wire_deliveries`);
    expect(tries.map((t) => Number(t.attempts))).toEqual(Array(20).fill(1));
  });

  it('retries with backoff, parks as failed after the last try, and an admin resends it', async () => {
    const c = await client('Daily');
    await transaction((tx) => enqueueDeliveries(tx, sampleItem(), new Date(NOW)));
    let now = NOW;
    for (let attempt = 1; attempt <= 3; attempt++) {
      const d = await claimDelivery([], LEASE, now);
      expect(d?.attempts).toBe(attempt);
      expect(await recordDeliveryOutcome(d!.id, d!.attempts, { ok: false, code: 503, error: 'HTTP 503' }, 3, now)).toBe(attempt < 3 ? 'pending' : 'failed');
      // Not due again before its backoff.
      expect(await claimDelivery([], LEASE, now + 1)).toBeNull();
      now += 3_600_000;
    }
    expect(await claimDelivery([], LEASE, now)).toBeNull();
    const [failed] = await listDeliveries(c.clientId);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3, lastError: 'HTTP 503', responseCode: 503 });
    expect(await resendDelivery(admin, c.clientId + 1, failed!.id)).toBe(false);
    expect(await resendDelivery(admin, c.clientId, failed!.id, new Date(now))).toBe(true);
    expect(await claimDelivery([], LEASE, now)).toMatchObject({ id: failed!.id, attempts: 1 });
  });

  it('pushes the ninjs body signed with the client’s secret and the same idempotency key on every try', async () => {
    const c = await client('Loopback');
    const { value } = (await setWebhook(admin, c.clientId, hook, false)) as { ok: true; value: { secret: string | null } };
    const secret = c.webhookSecret!;
    expect(value.secret).toBeNull();
    await transaction((tx) => enqueueDeliveries(tx, sampleItem(), new Date(NOW)));
    answers = [500, 200];
    const opts = { timeoutMs: 5_000, allowPrivate: true, now: () => NOW };
    const one = await claimDelivery([], LEASE, NOW);
    expect(await push(one!, opts)).toEqual({ ok: false, code: 500, error: 'HTTP 500' });
    await recordDeliveryOutcome(one!.id, one!.attempts, { ok: false, code: 500, error: 'HTTP 500' }, 8, NOW);
    const two = await claimDelivery([], LEASE, NOW + 60_000);
    expect(await push(two!, opts)).toEqual({ ok: true, code: 200 });
    expect(received).toHaveLength(2);
    for (const r of received) {
      expect(verifySignature(secret, r.headers['x-meridian-signature'] as string, r.body, NOW / 1000)).toBeNull();
      expect(JSON.parse(r.body)).toMatchObject({ uri: 'urn:meridianwire:item:42', version: '3' });
    }
    expect(received[0]!.headers['idempotency-key']).toBe(`${c.clientId}:urn:meridianwire:item:42:3`);
    expect(received[1]!.headers['idempotency-key']).toBe(received[0]!.headers['idempotency-key']);
    // Without the loopback allowance, the deliverer refuses to reach it at all.
    expect(await push(two!, { ...opts, allowPrivate: false })).toMatchObject({ ok: false, code: null, error: expect.stringMatching(/^Refused/) });
    expect(received).toHaveLength(2);
  });

  it('every version a story change writes is queued once, in that change’s transaction, and stays retrievable', async () => {
    const { makeArticle } = await import('@/test/factories');
    const { addStoryNote, writeStory } = await import('./story-writes');
    const { unpublishStory } = await import('./story-bulk');
    const { killStory, liftEmbargo } = await import('./wire-actions');
    const { getClientItem, listClientItems } = await import('@/lib/wire/list');
    const editor = await makeUser('editor');
    const section = await makeSection();
    const other = await makeSection();
    const all = await client('All');
    const mine = await client('Section', { sectionIds: [section.id] });
    const elsewhere = await client('Elsewhere', { sectionIds: [other.id] });
    const story = await makeArticle({ sectionId: section.id, headline: 'Port strike begins', status: 'draft' });
    const { storyContent } = await import('@/test/factories');
    const content = storyContent({ sectionId: section.id, headline: 'Port strike begins' });
    const at = Date.now() - 60_000;
    const publish = (version: number, headline: string) =>
      writeStory(editor.id, story.id, version, { ...content, headline }, { status: 'published', publishedAt: new Date(at), updatedAt: new Date() }, 'publish', undefined, { changeKind: 'substantive', timeZone: 'UTC' });
    const one = await publish(1, 'Port strike begins');
    const two = await publish(one.ok ? one.version : 0, 'Port strike spreads');
    expect(two.ok).toBe(true);
    await addStoryNote(editor.id, story.id, 'correction', 'The strike began on Monday.');
    expect(await unpublishStory(editor.id, story.id)).toBe(true);
    expect(await killStory(editor.id, story.id, 'Legal: wrong figures.')).toMatchObject({ ok: true, version: 5 });
    // An embargoed story, lifted early: its lift is a version of its own, queued too.
    const until = Date.now() + 3_600_000;
    const held = await makeArticle({ sectionId: section.id, headline: 'Rates decision', status: 'draft' });
    const embargoed = await writeStory(editor.id, held.id, 1, { ...content, headline: 'Rates decision' }, { status: 'published', publishedAt: new Date(until), updatedAt: null, embargoUntil: new Date(until) }, 'publish', undefined, { timeZone: 'UTC' });
    expect(embargoed.ok).toBe(true);
    expect(await liftEmbargo(editor.id, held.id)).toMatchObject({ ok: true, version: 2 });
    const messages = await rows<{ itemId: number; version: number; pubstatus: string }>(sql`select item_id as "itemId", version, pubstatus from wire_messages order by item_id, version`);
    expect(messages.map((m) => [Number(m.itemId), Number(m.version), m.pubstatus])).toEqual([
      [story.id, 1, 'usable'],
      [story.id, 2, 'usable'],
      [story.id, 3, 'usable'],
      [story.id, 4, 'withheld'],
      [story.id, 5, 'canceled'],
      [held.id, 1, 'usable'],
      [held.id, 2, 'usable'],
    ]);
    const versionsOf = async (clientId: number, itemId: number) => (await listDeliveries(clientId)).filter((d) => d.itemId === itemId).map((d) => d.version);
    expect(await versionsOf(all.clientId, story.id)).toEqual([5, 4, 3, 2, 1]);
    expect(await versionsOf(mine.clientId, story.id)).toEqual([5, 4, 3, 2, 1]);
    // Not entitled to embargoed items: the embargoed version waits for its lift time, the lift goes at once.
    expect((await listDeliveries(all.clientId)).filter((d) => d.itemId === held.id).map((d) => [d.version, d.nextAttemptAt >= until])).toEqual([[2, false], [1, true]]);
    // The section's id is looked up from the version's slug: a product for another section takes nothing.
    expect(await listDeliveries(elsewhere.clientId)).toEqual([]);
    // A refused save writes neither a version nor a delivery.
    expect(await publish(1, 'Stale')).toMatchObject({ ok: false });
    expect(await listDeliveries(all.clientId)).toHaveLength(7);
    // Each version answers at its own number; the item itself is its canceled version, with the reason.
    const products = [{ ...DEFAULT_PRODUCT }];
    expect((await getClientItem(products, story.id, 2))?.headline).toBe('Port strike spreads');
    expect(await getClientItem(products, story.id, 1)).toMatchObject({ version: 1, pubstatus: 'usable', headline: 'Port strike begins', section: { id: section.id } });
    expect(await getClientItem(products, story.id, null)).toMatchObject({ version: 5, pubstatus: 'canceled', ednote: 'Legal: wrong figures.', webUrl: null });
    expect((await listClientItems(products, { cursor: null, since: null, limit: 10 })).items.map((i) => [i.itemId, i.version, i.pubstatus])).toEqual([
      [held.id, 2, 'usable'],
      [story.id, 5, 'canceled'],
    ]);
    const payload = await rows<{ payload: string }>(sql`select payload from wire_messages where item_id = ${story.id} and version = 5`);
    expect(JSON.parse(payload[0]!.payload)).toMatchObject({ uri: `urn:meridianwire:item:${story.id}`, version: '5', pubstatus: 'canceled', ednote: 'Legal: wrong figures.' });
  });
});
