import 'server-only';
import { and, asc, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { generateKey, generateWebhookSecret } from '@/lib/wire/keys';
import type { Product } from '@/lib/wire/products';
import { db, first, transaction } from '../client';
import { wireApiKeys, wireClients, wireDeliveries, wireProducts, wireRequests } from '../schema';
import { insertWireClient, type NewClientInput } from '../wire-client-create';
import { attempt, Refused, type Tx } from './admin-tx';
import { recordAudit } from './audit';

// Wire clients for /admin/clients (admins only; the screens' actions authorize) and the key check
// of the wire API (lib/wire/route.ts). No query here returns a key hash or a webhook secret to a
// screen: a key and a secret are returned once, by the write that made them.

export type ClientListRow = { id: number; name: string; webhookUrl: string | null; activeKeys: number; requestsToday: number; pending: number; failed: number };

/** Admin screen only: every client with its live keys, today's requests and its waiting and failed pushes. */
export async function listClients(now = Date.now()): Promise<ClientListRow[]> {
  const dayAgo = now - 86_400_000;
  // The subqueries name wire_clients.id in full: drizzle writes a lone "id" for a one-table select,
  // which inside a subquery would mean the subquery's own table.
  const found = await db
    .select({
      id: wireClients.id,
      name: wireClients.name,
      webhookUrl: wireClients.webhookUrl,
      activeKeys: sql<number>`(select count(*) from wire_api_keys k where k.client_id = wire_clients.id and k.revoked_at is null)`,
      requestsToday: sql<number>`(select count(*) from wire_requests r where r.client_id = wire_clients.id and r.at >= ${dayAgo})`,
      pending: sql<number>`(select count(*) from wire_deliveries d where d.client_id = wire_clients.id and d.status = 'pending')`,
      failed: sql<number>`(select count(*) from wire_deliveries d where d.client_id = wire_clients.id and d.status = 'failed')`,
    })
    .from(wireClients)
    .orderBy(asc(wireClients.name), asc(wireClients.id));
  return found.map((c) => ({ ...c, activeKeys: Number(c.activeKeys), requestsToday: Number(c.requestsToday), pending: Number(c.pending), failed: Number(c.failed) }));
}

export type ClientDetail = {
  id: number;
  name: string;
  webhookUrl: string | null;
  createdAt: number;
  keys: { id: number; prefix: string; label: string; rateLimit: number; createdAt: number; revokedAt: number | null }[];
  products: ({ id: number; name: string } & Product)[];
};

/** Admin screen only: one client with its keys (prefixes, never hashes) and products; null when gone. */
export async function getClient(id: number): Promise<ClientDetail | null> {
  const client = await db.select({ id: wireClients.id, name: wireClients.name, webhookUrl: wireClients.webhookUrl, createdAt: wireClients.createdAt }).from(wireClients).where(eq(wireClients.id, id)).then(first);
  if (!client) return null;
  const keys = await db
    .select({ id: wireApiKeys.id, prefix: wireApiKeys.prefix, label: wireApiKeys.label, rateLimit: wireApiKeys.rateLimit, createdAt: wireApiKeys.createdAt, revokedAt: wireApiKeys.revokedAt })
    .from(wireApiKeys)
    .where(eq(wireApiKeys.clientId, id))
    .orderBy(asc(wireApiKeys.id));
  const products = await db.select().from(wireProducts).where(eq(wireProducts.clientId, id)).orderBy(asc(wireProducts.id));
  return {
    ...client,
    createdAt: client.createdAt.getTime(),
    keys: keys.map((k) => ({ ...k, createdAt: k.createdAt.getTime(), revokedAt: k.revokedAt?.getTime() ?? null })),
    products: products.map((p) => ({ id: p.id, name: p.name, sectionIds: p.sectionIds, topicQcodes: p.topicQcodes, languages: p.languages, minUrgency: p.minUrgency, embargoed: p.embargoed })),
  };
}

/** A new client with its first product and key, audited; the key (and webhook secret) are returned once. */
export async function createClient(input: NewClientInput) {
  return await attempt((tx) => insertWireClient(tx, input));
}

async function loadClient(tx: Tx, clientId: number) {
  const client = await tx.select({ id: wireClients.id, name: wireClients.name, webhookUrl: wireClients.webhookUrl }).from(wireClients).where(eq(wireClients.id, clientId)).then(first);
  if (!client) throw new Refused({ form: ['This client no longer exists.'] });
  return client;
}

/** Issues another key to the client, audited; returns the key once. */
export async function addKey(actorId: number, clientId: number, input: { label: string; rateLimit: number }) {
  return await attempt(async (tx) => {
    const client = await loadClient(tx, clientId);
    const key = generateKey();
    await tx.insert(wireApiKeys).values({ clientId, prefix: key.prefix, keyHash: key.hash, label: input.label, rateLimit: input.rateLimit });
    await recordAudit(tx, { actorId, action: 'wire.key_create', targetType: 'wire_client', targetId: clientId, details: { name: client.name, prefix: key.prefix } });
    return { key: key.key, prefix: key.prefix };
  });
}

/** Revokes one of the client's keys at once (its next request is a 401), audited. */
export async function revokeKey(actorId: number, clientId: number, keyId: number, now = new Date()) {
  return await attempt(async (tx) => {
    const client = await loadClient(tx, clientId);
    const key = await tx
      .update(wireApiKeys)
      .set({ revokedAt: now })
      .where(and(eq(wireApiKeys.id, keyId), eq(wireApiKeys.clientId, clientId), isNull(wireApiKeys.revokedAt)))
      .returning({ prefix: wireApiKeys.prefix })
      .then(first);
    if (!key) throw new Refused({ form: ['This key is already revoked.'] });
    await recordAudit(tx, { actorId, action: 'wire.key_revoke', targetType: 'wire_client', targetId: clientId, details: { name: client.name, prefix: key.prefix } });
    return { prefix: key.prefix };
  });
}

/**
 * Sets (a URL already checked) or removes (null) the client's webhook, audited. A new signing
 * secret is made when the client had no webhook or `rotate` asks for one; it is returned once.
 */
export async function setWebhook(actorId: number, clientId: number, url: string | null, rotate: boolean) {
  return await attempt(async (tx) => {
    const client = await loadClient(tx, clientId);
    const secret = url && (rotate || !client.webhookUrl) ? generateWebhookSecret() : null;
    await tx
      .update(wireClients)
      .set({ webhookUrl: url, ...(secret ? { webhookSecret: secret } : {}), ...(url ? {} : { webhookSecret: null }) })
      .where(eq(wireClients.id, clientId));
    await recordAudit(tx, { actorId, action: 'wire.webhook', targetType: 'wire_client', targetId: clientId, details: { name: client.name, webhook: url ?? '', secret: secret ? 'new' : 'kept' } });
    return { secret };
  });
}

/** Adds a product to the client, audited. */
export async function addProduct(actorId: number, clientId: number, product: { name: string } & Product) {
  return await attempt(async (tx) => {
    const client = await loadClient(tx, clientId);
    await tx.insert(wireProducts).values({ clientId, ...product });
    await recordAudit(tx, { actorId, action: 'wire.product_add', targetType: 'wire_client', targetId: clientId, details: { name: client.name, product: product.name } });
  });
}

/** Removes one of the client's products, audited. */
export async function deleteProduct(actorId: number, clientId: number, productId: number) {
  return await attempt(async (tx) => {
    const client = await loadClient(tx, clientId);
    const gone = await tx.delete(wireProducts).where(and(eq(wireProducts.id, productId), eq(wireProducts.clientId, clientId))).returning({ name: wireProducts.name }).then(first);
    if (!gone) throw new Refused({ form: ['This product no longer exists.'] });
    await recordAudit(tx, { actorId, action: 'wire.product_delete', targetType: 'wire_client', targetId: clientId, details: { name: client.name, product: gone.name } });
  });
}

export type KeyForAuth = { keyId: number; clientId: number; keyHash: string; rateLimit: number; revoked: boolean; clientActive: boolean };

/** The wire API's key check: the key row by its public prefix (the caller compares the hash). */
export async function findKeyByPrefix(prefix: string): Promise<KeyForAuth | null> {
  const row = await db
    .select({ keyId: wireApiKeys.id, clientId: wireApiKeys.clientId, keyHash: wireApiKeys.keyHash, rateLimit: wireApiKeys.rateLimit, revokedAt: wireApiKeys.revokedAt, clientActive: wireClients.isActive })
    .from(wireApiKeys)
    .innerJoin(wireClients, eq(wireClients.id, wireApiKeys.clientId))
    .where(eq(wireApiKeys.prefix, prefix))
    .then(first);
  return row ? { keyId: row.keyId, clientId: row.clientId, keyHash: row.keyHash, rateLimit: row.rateLimit, revoked: row.revokedAt !== null, clientActive: row.clientActive } : null;
}

/** The products of a client, for the wire API's filter. */
export async function productsOfClient(clientId: number): Promise<Product[]> {
  return await db
    .select({ sectionIds: wireProducts.sectionIds, topicQcodes: wireProducts.topicQcodes, languages: wireProducts.languages, minUrgency: wireProducts.minUrgency, embargoed: wireProducts.embargoed })
    .from(wireProducts)
    .where(eq(wireProducts.clientId, clientId));
}

const KEEP_REQUESTS_MS = 90 * 86_400_000;
let lastPrune = 0;

/** Logs one wire API request of a client (time, path, status); keeps 90 days, pruned at most hourly per process. */
export async function logWireRequest(entry: { clientId: number; keyId: number; path: string; status: number }, now = Date.now()) {
  await transaction(async (tx) => {
    await tx.insert(wireRequests).values({ ...entry, path: entry.path.slice(0, 300), at: new Date(now) });
  });
  if (now - lastPrune > 3_600_000) {
    lastPrune = now;
    await transaction((tx) => tx.delete(wireRequests).where(lt(wireRequests.at, new Date(now - KEEP_REQUESTS_MS))));
  }
}

export type Usage = { day: number; week: number; byStatus: { status: number; n: number }[]; recent: { at: number; path: string; status: number; prefix: string | null }[] };

/** Admin screen only: a client's requests in the last day and week, by status, and the latest 50. */
export async function clientUsage(clientId: number, now = Date.now()): Promise<Usage> {
  const weekAgo = new Date(now - 7 * 86_400_000);
  const count = async (since: number) =>
    Number((await db.select({ n: sql<number>`count(*)` }).from(wireRequests).where(and(eq(wireRequests.clientId, clientId), gte(wireRequests.at, new Date(since)))).then(first))?.n ?? 0);
  const byStatus = await db
    .select({ status: wireRequests.status, n: sql<number>`count(*)` })
    .from(wireRequests)
    .where(and(eq(wireRequests.clientId, clientId), gte(wireRequests.at, weekAgo)))
    .groupBy(wireRequests.status)
    .orderBy(asc(wireRequests.status));
  const recent = await db
    .select({ at: wireRequests.at, path: wireRequests.path, status: wireRequests.status, prefix: wireApiKeys.prefix })
    .from(wireRequests)
    .leftJoin(wireApiKeys, eq(wireApiKeys.id, wireRequests.keyId))
    .where(eq(wireRequests.clientId, clientId))
    .orderBy(desc(wireRequests.at), desc(wireRequests.id))
    .limit(50);
  return {
    day: await count(now - 86_400_000),
    week: await count(weekAgo.getTime()),
    byStatus: byStatus.map((s) => ({ status: s.status, n: Number(s.n) })),
    recent: recent.map((r) => ({ ...r, at: r.at.getTime() })),
  };
}

/** Pending pushes of a client, for its list row and tests. */
export async function countPendingDeliveries(clientId: number): Promise<number> {
  return Number((await db.select({ n: sql<number>`count(*)` }).from(wireDeliveries).where(and(eq(wireDeliveries.clientId, clientId), eq(wireDeliveries.status, 'pending'))).then(first))?.n ?? 0);
}
