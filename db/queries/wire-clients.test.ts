import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET as listItems } from '@/app/api/wire/v1/items/route';
import { GET as getItem } from '@/app/api/wire/v1/items/[id]/route';
import { GET as getVersion } from '@/app/api/wire/v1/items/[id]/versions/[n]/route';
import { makeArticle, makeSection, makeUser, resetContent } from '@/test/factories';
import { execute, rows, transaction } from '../client';
import { DEFAULT_PRODUCT } from '@/lib/wire/products';
import { wireRoute } from '@/lib/wire/route';
import { TaskQueue } from '@/lib/task-queue';
import { writeWireVersion } from './wire';
import { addKey, addProduct, clientUsage, createClient, deleteProduct, getClient, listClients, revokeKey } from './wire-clients';

// The wire API through its route handlers: the key door (lib/wire/route.ts), the product filter,
// paging, conditional answers and the request log, on both engines.

const BASE = 'http://wire.test/api/wire/v1';
const call = (handler: (r: Request, c: { params: Promise<never> }) => Promise<Response>, path: string, params: unknown = {}, headers: Record<string, string> = {}) =>
  handler(new Request(`${BASE}${path}`, { headers }), { params: Promise.resolve(params as never) });
const auth = (key: string) => ({ authorization: `Bearer ${key}` });

async function newClient(name: string, over: Partial<typeof DEFAULT_PRODUCT> = {}) {
  const made = await createClient({ name, webhookUrl: null, product: { ...DEFAULT_PRODUCT, ...over }, rateLimit: 600, actorId: null });
  if (!made.ok) throw new Error('not created');
  return made.value;
}

/** A promise and its resolve, for a test to wait on a step it cannot see. */
function defer() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A story with its first wire version (a publish, available at its publication time). */
async function wireStory(opts: Parameters<typeof makeArticle>[0]) {
  const story = await makeArticle(opts);
  const at = story.publishedAt?.getTime() ?? Date.now();
  if (story.status === 'published') await transaction((tx) => writeWireVersion(tx, { articleId: story.id, change: 'publish', pubstatus: 'usable', actorId: null, at, availableAt: at, embargoed: null }));
  return story;
}

describe('wire clients and the wire API', () => {
  let admin = 0;
  beforeEach(async () => {
    await resetContent();
    await transaction(async (tx) => {
      for (const t of ['wire_deliveries', 'wire_messages', 'wire_requests', 'wire_products', 'wire_api_keys', 'wire_clients', 'rate_limit_hits']) await execute(sql.raw(`delete from ${t}`), tx);
    });
    admin = (await makeUser('admin')).id;
  });

  it('keeps only a hash of each key; a wrong, revoked or missing key gets the same 401', async () => {
    const c = await newClient('Daily Example');
    const stored = await rows<{ prefix: string; key_hash: string }>(sql`select prefix, key_hash from wire_api_keys`);
    expect(stored).toHaveLength(1);
    expect(c.key).toContain(stored[0]!.prefix);
    expect(JSON.stringify(stored)).not.toContain(c.key.split('_').at(-1));
    expect((await call(listItems, '/items', {}, auth(c.key))).status).toBe(200);
    // One character of the secret changed, always to a different one (a fixed replacement would
    // equal the key's own last character one time in sixteen).
    const oneOff = `${c.key.slice(0, -2)}${c.key.at(-2) === 'x' ? 'y' : 'x'}${c.key.at(-1)}`;
    expect(oneOff).not.toBe(c.key);
    for (const headers of [{}, auth('nonsense'), auth(oneOff), { authorization: `Basic ${c.key}` }]) {
      const res = await call(listItems, '/items', {}, headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const second = await addKey(admin, c.clientId, { label: 'Backup', rateLimit: 600 });
    if (!second.ok) throw new Error('no key');
    const keys = (await getClient(c.clientId))!.keys;
    expect((await revokeKey(admin, c.clientId, keys[0]!.id)).ok).toBe(true);
    expect((await call(listItems, '/items', {}, auth(c.key))).status).toBe(401);
    expect((await call(listItems, '/items', {}, auth(second.value.key))).status).toBe(200);
    expect((await revokeKey(admin, c.clientId, keys[0]!.id)).ok).toBe(false);
  });

  it('answers in arrival order past its concurrency, and 503 with Retry-After when every waiting place is taken', async () => {
    const c = await newClient('Queued Daily');
    const order: number[] = [];
    const started = [defer(), defer()];
    const release = [defer(), defer()];
    const queued: (() => void)[] = [];
    // The queue tells the test when a request has taken its place (run() queues synchronously).
    class WatchedQueue extends TaskQueue {
      override run<T>(task: () => Promise<T>) {
        const answer = super.run(task);
        queued.shift()?.();
        return answer;
      }
    }
    const queue = new WatchedQueue(1, 1);
    let n = 0;
    const slow = wireRoute(async () => {
      const mine = n++;
      order.push(mine + 1);
      started[mine]!.resolve();
      await release[mine]!.promise;
      return new Response(String(mine + 1));
    }, queue);
    const first = call(slow, '/items', {}, auth(c.key));
    await started[0]!.promise; // the first holds the one slot
    const secondQueued = new Promise<void>((resolve) => queued.push(resolve));
    const second = call(slow, '/items', {}, auth(c.key));
    await secondQueued; // the second holds the one waiting place
    expect(queue.waitingCount).toBe(1);
    const third = await call(slow, '/items', {}, auth(c.key));
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect((await third.json()).error.code).toBe('busy');
    release[0]!.resolve();
    await started[1]!.promise; // the slot is handed to the second
    release[1]!.resolve();
    expect(await Promise.all([first, second].map(async (r) => (await r).text()))).toEqual(['1', '2']);
    expect(order).toEqual([1, 2]);
    const logged = await rows<{ status: number }>(sql`select status from wire_requests order by id`);
    expect(logged.map((r) => Number(r.status)).sort()).toEqual([200, 200, 503]);
  });

  it('lists only what the client’s products allow, newest first, with cursor paging, since and ETag/304', async () => {
    const energy = await makeSection();
    const sport = await makeSection();
    const now = Date.now();
    const stories = [];
    for (let i = 0; i < 5; i++) stories.push(await wireStory({ sectionId: energy.id, headline: `Energy ${i}`, publishedAt: now - (10 - i) * 60_000 }));
    const hidden = await wireStory({ sectionId: sport.id, headline: 'Sport', publishedAt: now - 60_000 });
    await wireStory({ sectionId: energy.id, headline: 'Draft', status: 'draft' });
    const c = await newClient('Energy Daily', { sectionIds: [energy.id] });

    const seen: string[] = [];
    let path = '/items?limit=2';
    for (let page = 0; page < 5; page++) {
      const res = await call(listItems, path, {}, auth(c.key));
      expect(res.status).toBe(200);
      const body = await res.json();
      seen.push(...body.items.map((i: { headlines: { value: string }[] }) => i.headlines[0]!.value));
      if (!body.next) break;
      path = `/items?limit=2&cursor=${body.next}`;
    }
    expect(seen).toEqual(['Energy 4', 'Energy 3', 'Energy 2', 'Energy 1', 'Energy 0']);

    const since = new Date(now - 7.5 * 60_000).toISOString();
    const recent = await (await call(listItems, `/items?since=${since}`, {}, auth(c.key))).json();
    expect(recent.items.map((i: { uri: string }) => i.uri)).toEqual([`urn:meridianwire:item:${stories[4]!.id}`, `urn:meridianwire:item:${stories[3]!.id}`]);
    expect(typeof recent.poll).toBe('string');

    const first = await call(listItems, '/items', {}, auth(c.key));
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toMatch(/private/);
    expect((await call(listItems, '/items', {}, { ...auth(c.key), 'if-none-match': etag })).status).toBe(304);

    // Outside the products: 404, exactly like an id that does not exist.
    const outside = await call(getItem, `/items/${hidden.id}`, { id: String(hidden.id) }, auth(c.key));
    const missing = await call(getItem, '/items/999999', { id: '999999' }, auth(c.key));
    expect([outside.status, missing.status]).toEqual([404, 404]);
    expect(await outside.text()).toBe(await missing.text());
  });

  it('answers one item as ninjs or NewsML-G2, an exact version, and 400 for bad since, cursor or format', async () => {
    const section = await makeSection();
    const story = await wireStory({ sectionId: section.id, headline: 'Port strike ends' });
    const c = await newClient('All');
    const id = String(story.id);
    const json = await call(getItem, `/items/${id}`, { id }, auth(c.key));
    expect(await json.json()).toMatchObject({ uri: `urn:meridianwire:item:${id}`, version: '1', pubstatus: 'usable' });
    const g2 = await call(getItem, `/items/${id}?format=g2`, { id }, auth(c.key));
    expect(g2.headers.get('content-type')).toMatch(/^application\/vnd\.iptc\.g2\.newsitem\+xml/);
    expect(await g2.text()).toContain('<newsItem');
    const accept = await call(getItem, `/items/${id}`, { id }, { ...auth(c.key), accept: 'application/vnd.iptc.g2.newsitem+xml' });
    expect(await accept.text()).toContain('<contentSet>');
    expect((await call(getVersion, `/items/${id}/versions/1`, { id, n: '1' }, auth(c.key))).status).toBe(200);
    expect((await call(getVersion, `/items/${id}/versions/2`, { id, n: '2' }, auth(c.key))).status).toBe(404);
    expect((await call(getItem, '/items/abc', { id: 'abc' }, auth(c.key))).status).toBe(404);
    for (const query of ['since=yesterday', `since=${'9'.repeat(5000)}`, 'cursor=%%%', `cursor=${'A'.repeat(300)}`, 'limit=1000']) {
      const res = await call(listItems, `/items?${query}`, {}, auth(c.key));
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.message.length).toBeGreaterThan(10);
    }
    expect((await call(getItem, `/items/${id}?format=pdf`, { id }, auth(c.key))).status).toBe(400);
  });

  it('logs every request of a client with its path and status, and counts a key over its limit', async () => {
    const c = await newClient('Counted');
    await call(listItems, '/items', {}, auth(c.key));
    await call(listItems, '/items?since=bad', {}, auth(c.key));
    const usage = await clientUsage(c.clientId);
    expect(usage.day).toBe(2);
    expect(usage.byStatus).toEqual([{ status: 200, n: 1 }, { status: 400, n: 1 }]);
    expect(usage.recent[0]).toMatchObject({ path: '/api/wire/v1/items', status: 400 });
    expect((await listClients()).find((x) => x.id === c.clientId)).toMatchObject({ activeKeys: 1, requestsToday: 2 });

    const tight = await addKey(admin, c.clientId, { label: 'Tight', rateLimit: 2 });
    if (!tight.ok) throw new Error('no key');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(listItems, '/items', {}, auth(tight.value.key))).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('products can be added and removed, audited; a client without products sees nothing', async () => {
    const section = await makeSection();
    await wireStory({ sectionId: section.id });
    const c = await newClient('Narrow');
    const product = (await getClient(c.clientId))!.products[0]!;
    expect((await deleteProduct(admin, c.clientId, product.id)).ok).toBe(true);
    expect((await (await call(listItems, '/items', {}, auth(c.key))).json()).items).toEqual([]);
    expect((await addProduct(admin, c.clientId, { name: 'Flashes', ...DEFAULT_PRODUCT, minUrgency: 2 })).ok).toBe(true);
    expect((await (await call(listItems, '/items', {}, auth(c.key))).json()).items).toEqual([]);
    expect((await addProduct(admin, c.clientId, { name: 'Section', ...DEFAULT_PRODUCT, sectionIds: [section.id] })).ok).toBe(true);
    expect((await (await call(listItems, '/items', {}, auth(c.key))).json()).items).toHaveLength(1);
    const audit = await rows<{ action: string }>(sql`select action from audit_log where target_type = 'wire_client' and target_id = ${c.clientId} order by id`);
    expect(audit.map((a) => a.action)).toEqual(['wire.client_create', 'wire.product_delete', 'wire.product_add', 'wire.product_add']);
  });
});
