import 'server-only';
import { count, lt, sql } from 'drizzle-orm';
import { db, transaction } from '../client';
import { rateLimitHits } from '../schema';

/**
 * Counts one request of `key` in `bucket` and returns the hits of its current window (this one
 * included) and when that window began. A window begins with a key's first request and lasts
 * `windowMs`; the next request after it starts a new one. One statement (an upsert whose SET reads
 * the row as it was), so two app instances counting the same client at once both land.
 */
export async function countRateLimitHit(bucket: string, key: string, windowMs: number, now: number): Promise<{ hits: number; windowStart: number }> {
  const over = sql`${rateLimitHits.windowStart} <= ${sql.param(new Date(now - windowMs), rateLimitHits.windowStart)}`;
  const start = new Date(now);
  const [row] = await transaction((tx) =>
    tx
      .insert(rateLimitHits)
    .values({ bucket, key, windowStart: start, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.bucket, rateLimitHits.key],
      set: {
        hits: sql`case when ${over} then 1 else ${rateLimitHits.hits} + 1 end`,
        windowStart: sql`case when ${over} then ${sql.param(start, rateLimitHits.windowStart)} else ${rateLimitHits.windowStart} end`,
      },
    })
      .returning({ hits: rateLimitHits.hits, windowStart: rateLimitHits.windowStart }),
  );
  return { hits: row?.hits ?? 1, windowStart: row?.windowStart.getTime() ?? now };
}

/** Housekeeping: drops the counters of windows that began before `before` (over, whatever the bucket). */
export async function pruneRateLimitHits(before: Date): Promise<void> {
  await transaction((tx) => tx.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, before)));
}

/** How many counters the table holds (it stays bounded by pruning). */
export async function countRateLimitCounters(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(rateLimitHits);
  return row?.n ?? 0;
}
