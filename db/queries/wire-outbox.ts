import 'server-only';
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { WireDeliveryStatus } from '@/lib/domain';
import { backoffMs } from '@/lib/wire/delivery';
import { toWireItemVersion } from '@/lib/wire/item-resolve';
import { fromWireItem, type ItemVersion } from '@/lib/wire/item-version';
import { toNinjs } from '@/lib/wire/ninjs';
import { clientAllows } from '@/lib/wire/products';
import { db, first, rows, transaction, type Db } from '../client';
import { dialectSql } from '../dialect';
import { siteSettings, wireClients, wireDeliveries, wireMessages, wireProducts } from '../schema';
import { sectionIdsBySlug } from './taxonomy';
import type { WireVersionRow } from './wire';
import { recordAudit } from './audit';
import { mergeSettings } from '@/lib/site-settings';

// The transactional outbox of push delivery (issue 12). A version's message and its deliveries are
// written in the transaction that made the version, so a rollback sends nothing and a crash after
// the commit loses nothing: the deliverer (lib/wire/deliverer.ts) finds the rows when it runs again.
//
// Why not graphile-worker or pg-boss: both are PostgreSQL-only (they rely on its LISTEN/NOTIFY,
// advisory locks and SKIP LOCKED) and this data layer also runs on SQLite, where no maintained
// queue of that kind exists. The outbox is therefore two tables and one claim statement that uses
// each engine's own locking (db/dialect: FOR UPDATE SKIP LOCKED on PostgreSQL, SQLite's single
// write lock), which is what those libraries do at their core.

/**
 * Queues the version for every active client with a webhook whose products allow it now, plus,
 * for a kill or a withhold, every client that acknowledged an earlier version; a client that may not
 * have embargoed items gets an embargoed version queued for the lift time. Call it inside the
 * transaction that created the version. A version already queued queues nothing (idempotent).
 * Returns how many deliveries were queued.
 */
export async function enqueueDeliveries(tx: Db, item: ItemVersion, now = new Date()): Promise<number> {
  const payload = JSON.stringify(toNinjs(item));
  const message = await tx
    .insert(wireMessages)
    .values({ itemId: item.itemId, itemUri: item.uri, version: item.version, pubstatus: item.pubstatus, headline: item.headline, payload, createdAt: now })
    .onConflictDoNothing()
    .returning({ id: wireMessages.id })
    .then(first);
  if (!message) return 0;
  const clients = await tx.select({ id: wireClients.id }).from(wireClients).where(and(eq(wireClients.isActive, true), isNotNull(wireClients.webhookUrl)));
  if (clients.length === 0) return 0;
  const products = await tx.select().from(wireProducts).where(inArray(wireProducts.clientId, clients.map((c) => c.id)));
  const took = new Set<number>();
  if (item.pubstatus !== 'usable') {
    const earlier = await tx
      .selectDistinct({ clientId: wireDeliveries.clientId })
      .from(wireDeliveries)
      .innerJoin(wireMessages, eq(wireMessages.id, wireDeliveries.messageId))
      .where(and(eq(wireMessages.itemUri, item.uri), eq(wireDeliveries.status, 'delivered')));
    for (const e of earlier) took.add(e.clientId);
  }
  const allows = (clientId: number, at: number) => clientAllows(products.filter((p) => p.clientId === clientId), item, at);
  // A version is never pushed before it exists for readers' clocks (a scheduled story's publish time).
  const due = Math.max(now.getTime(), item.versionCreated.getTime());
  // A client not entitled to embargoed items gets this version when the embargo lifts (an embargo
  // that runs out writes no new version, so nothing else would push it then).
  const lift = item.embargoedUntil ? Math.max(due, item.embargoedUntil.getTime()) : due;
  const rows = clients.flatMap((c) => {
    const at = took.has(c.id) || allows(c.id, now.getTime()) ? due : lift !== due && allows(c.id, lift) ? lift : null;
    return at === null ? [] : [{ messageId: message.id, clientId: c.id, nextAttemptAt: new Date(at), claimedUntil: new Date(0), createdAt: now }];
  });
  if (rows.length === 0) return 0;
  await tx.insert(wireDeliveries).values(rows).onConflictDoNothing();
  return rows.length;
}

/**
 * Queues a version writeWireVersion has just written, resolved as clients will read it, inside its
 * transaction (settings and sections are read through `tx`: on PGlite a read outside would wait on it).
 */
export async function enqueueVersion(tx: Db, row: WireVersionRow, now: Date): Promise<number> {
  const stored = Object.fromEntries((await tx.select().from(siteSettings)).map((r) => [r.key, r.value]));
  const item = toWireItemVersion(row, mergeSettings(stored));
  const sectionIds = await sectionIdsBySlug(item.section ? [item.section.slug] : [], tx);
  return await enqueueDeliveries(tx, fromWireItem(item, item.section ? (sectionIds.get(item.section.slug) ?? null) : null), now);
}

export type ClaimedDelivery = {
  id: number;
  clientId: number;
  attempts: number;
  url: string;
  secret: string;
  itemUri: string;
  version: number;
  payload: string;
};

/**
 * Claims the oldest due delivery of a client not in `busy` for `leaseMs`, counting the try.
 * Exactly one caller gets each row, on either engine, across processes (see skipLocked in
 * db/dialect); a claimer that dies leaves the row to be claimed again when the lease ends.
 */
export async function claimDelivery(busy: readonly number[], leaseMs: number, now = Date.now()): Promise<ClaimedDelivery | null> {
  return await transaction(async (tx) => {
    // A scalar subquery runs once (an InitPlan). Under \`id in (…)\` PostgreSQL may run it as the inner
    // side of a semi-join, once per candidate row: each rescan skips the rows this very update has
    // just changed and picks the next, so one claim took every due delivery and pushed only the first.
    const notBusy = busy.length ? sql`and client_id not in (${sql.join(busy.map((id) => sql`${id}`), sql`, `)})` : sql``;
    const [claimed] = await rows<{ id: number }>(
      sql`update wire_deliveries set claimed_until = ${now + leaseMs}, attempts = attempts + 1
        where id = (
          select id from wire_deliveries
          where status = 'pending' and next_attempt_at <= ${now} and claimed_until <= ${now} ${notBusy}
          order by next_attempt_at, id limit 1 ${dialectSql.skipLocked()}
        ) and status = 'pending' and claimed_until <= ${now}
        returning id`,
      tx,
    );
    if (!claimed) return null;
    const row = await tx
      .select({
        id: wireDeliveries.id,
        clientId: wireDeliveries.clientId,
        attempts: wireDeliveries.attempts,
        url: wireClients.webhookUrl,
        secret: wireClients.webhookSecret,
        itemUri: wireMessages.itemUri,
        version: wireMessages.version,
        payload: wireMessages.payload,
      })
      .from(wireDeliveries)
      .innerJoin(wireClients, eq(wireClients.id, wireDeliveries.clientId))
      .innerJoin(wireMessages, eq(wireMessages.id, wireDeliveries.messageId))
      .where(eq(wireDeliveries.id, Number(claimed.id)))
      .then(first);
    return row ? { ...row, url: row.url ?? '', secret: row.secret ?? '' } : null;
  });
}

export type DeliveryOutcome = { ok: true; code: number } | { ok: false; code: number | null; error: string };

/** Records a try: delivered on 2xx; otherwise retried after the backoff, or parked as failed after `maxTries`. */
export async function recordDeliveryOutcome(id: number, attempts: number, outcome: DeliveryOutcome, maxTries: number, now = Date.now()): Promise<WireDeliveryStatus> {
  const status: WireDeliveryStatus = outcome.ok ? 'delivered' : attempts >= maxTries ? 'failed' : 'pending';
  await transaction((tx) =>
    tx
      .update(wireDeliveries)
      .set({
        status,
        responseCode: outcome.code,
        lastError: outcome.ok ? null : outcome.error,
        deliveredAt: outcome.ok ? new Date(now) : undefined,
        nextAttemptAt: status === 'pending' ? new Date(now + backoffMs(attempts)) : undefined,
        claimedUntil: new Date(0),
      })
      .where(and(eq(wireDeliveries.id, id), eq(wireDeliveries.status, 'pending'))),
  );
  return status;
}

/** An admin sends one delivery again from the first try (same idempotency key); audited. False when it is not this client's. */
export async function resendDelivery(actorId: number, clientId: number, deliveryId: number, now = new Date()): Promise<boolean> {
  return await transaction(async (tx) => {
    const found = await tx
      .select({ headline: wireMessages.headline, version: wireMessages.version, name: wireClients.name })
      .from(wireDeliveries)
      .innerJoin(wireMessages, eq(wireMessages.id, wireDeliveries.messageId))
      .innerJoin(wireClients, eq(wireClients.id, wireDeliveries.clientId))
      .where(and(eq(wireDeliveries.id, deliveryId), eq(wireDeliveries.clientId, clientId)))
      .then(first);
    if (!found) return false;
    await tx
      .update(wireDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, claimedUntil: new Date(0) })
      .where(eq(wireDeliveries.id, deliveryId));
    await recordAudit(tx, { actorId, action: 'wire.resend', targetType: 'wire_client', targetId: clientId, details: { name: found.name, headline: found.headline, version: found.version }, at: now });
    return true;
  });
}

export type DeliveryRow = {
  id: number;
  itemId: number;
  itemUri: string;
  version: number;
  pubstatus: string;
  headline: string;
  status: WireDeliveryStatus;
  attempts: number;
  lastError: string | null;
  responseCode: number | null;
  deliveredAt: number | null;
  nextAttemptAt: number;
  createdAt: number;
};

/** Admin screen only: a client's deliveries, newest first. */
export async function listDeliveries(clientId: number, limit = 100): Promise<DeliveryRow[]> {
  const found = await db
    .select({
      id: wireDeliveries.id,
      itemId: wireMessages.itemId,
      itemUri: wireMessages.itemUri,
      version: wireMessages.version,
      pubstatus: wireMessages.pubstatus,
      headline: wireMessages.headline,
      status: wireDeliveries.status,
      attempts: wireDeliveries.attempts,
      lastError: wireDeliveries.lastError,
      responseCode: wireDeliveries.responseCode,
      deliveredAt: wireDeliveries.deliveredAt,
      nextAttemptAt: wireDeliveries.nextAttemptAt,
      createdAt: wireDeliveries.createdAt,
    })
    .from(wireDeliveries)
    .innerJoin(wireMessages, eq(wireMessages.id, wireDeliveries.messageId))
    .where(eq(wireDeliveries.clientId, clientId))
    .orderBy(desc(wireDeliveries.createdAt), desc(wireDeliveries.id))
    .limit(limit);
  return found.map((d) => ({ ...d, deliveredAt: d.deliveredAt?.getTime() ?? null, nextAttemptAt: d.nextAttemptAt.getTime(), createdAt: d.createdAt.getTime() }));
}

export type AcknowledgedRow = { itemId: number; itemUri: string; headline: string; latestVersion: number; latestPubstatus: string; acknowledged: number | null };

/**
 * Admin screen only: per item ever queued for the client, the newest version queued and the newest
 * version it acknowledged with a 2xx (null: none yet). After a kill, "acknowledged" below "latest"
 * means the client may still show the story.
 */
export async function listAcknowledged(clientId: number, limit = 100): Promise<AcknowledgedRow[]> {
  const found = await rows<{ itemId: number; itemUri: string; latestVersion: number; acknowledged: number | null }>(sql`
    select m.item_id as "itemId", m.item_uri as "itemUri", max(m.version) as "latestVersion",
      max(case when d.status = 'delivered' then m.version end) as acknowledged
    from wire_deliveries d join wire_messages m on m.id = d.message_id
    where d.client_id = ${clientId}
    group by m.item_id, m.item_uri
    order by max(d.created_at) desc
    limit ${limit}`);
  if (found.length === 0) return [];
  const latest = await db
    .select({ itemUri: wireMessages.itemUri, version: wireMessages.version, headline: wireMessages.headline, pubstatus: wireMessages.pubstatus })
    .from(wireMessages)
    .where(inArray(wireMessages.itemUri, found.map((f) => f.itemUri)));
  return found.map((f) => {
    const m = latest.find((l) => l.itemUri === f.itemUri && l.version === Number(f.latestVersion));
    return {
      itemId: Number(f.itemId),
      itemUri: f.itemUri,
      headline: m?.headline ?? '',
      latestVersion: Number(f.latestVersion),
      latestPubstatus: m?.pubstatus ?? 'usable',
      acknowledged: f.acknowledged === null ? null : Number(f.acknowledged),
    };
  });
}

/** Whether any delivery is due now: a read, so an idle deliverer takes no write lock. */
export async function hasDueDelivery(now = Date.now()): Promise<boolean> {
  const found = await rows<{ one: number }>(
    sql`select 1 as one from wire_deliveries where status = 'pending' and next_attempt_at <= ${now} and claimed_until <= ${now} limit 1`,
  );
  return found.length > 0;
}
