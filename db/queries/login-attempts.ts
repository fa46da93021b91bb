import 'server-only';
import { count, eq, sql } from 'drizzle-orm';
import { db, first, transaction } from '../client';
import { loginAttempts } from '../schema';

/** Failures counted in one window; an old window starts over. */
export const WINDOW_MS = 15 * 60_000;

export type AttemptState = { failures: number; lockedUntil: number | null };

/** Failure count in the current window and any lock, for one key (`email:…` or `ip:…`). */
export async function getAttemptState(key: string, now = Date.now()): Promise<AttemptState> {
  const row = await db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).then(first);
  if (!row) return { failures: 0, lockedUntil: null };
  const locked = row.lockedUntil && row.lockedUntil.getTime() > now ? row.lockedUntil.getTime() : null;
  if (!locked && row.firstFailureAt.getTime() < now - WINDOW_MS) return { failures: 0, lockedUntil: null };
  return { failures: row.failures, lockedUntil: locked };
}

/**
 * Counts one failure; locks the key until `now + lockMs` once `lockAfter` failures are reached.
 * One statement (an upsert whose SET reads the row as it was), so app instances counting the same
 * key at once all land: a read-then-write transaction failed as "database is locked" under that race.
 */
export async function recordFailure(key: string, lockAfter: number, lockMs: number, now = Date.now()): Promise<AttemptState> {
  const at = (ms: number) => sql.param(new Date(ms), loginAttempts.firstFailureAt);
  const fresh = sql`${loginAttempts.firstFailureAt} < ${at(now - WINDOW_MS)}`;
  const failures = sql`case when ${fresh} then 1 else ${loginAttempts.failures} + 1 end`;
  const kept = sql`case when ${fresh} then null else ${loginAttempts.lockedUntil} end`;
  const lockable = Number.isFinite(lockAfter);
  const [row] = await transaction((tx) =>
    tx
    .insert(loginAttempts)
    .values({ key, failures: 1, firstFailureAt: new Date(now), lockedUntil: lockable && lockAfter <= 1 ? new Date(now + lockMs) : null })
    .onConflictDoUpdate({
      target: loginAttempts.key,
      set: {
        failures,
        firstFailureAt: sql`case when ${fresh} then ${at(now)} else ${loginAttempts.firstFailureAt} end`,
        lockedUntil: lockable ? sql`case when ${failures} >= ${lockAfter} then ${at(now + lockMs)} else ${kept} end` : kept,
      },
    })
    .returning({ failures: loginAttempts.failures, lockedUntil: loginAttempts.lockedUntil }),
  );
  return { failures: row?.failures ?? 1, lockedUntil: row?.lockedUntil ? row.lockedUntil.getTime() : null };
}

export async function clearAttempts(key: string) {
  await transaction((tx) => tx.delete(loginAttempts).where(eq(loginAttempts.key, key)));
}

/**
 * Housekeeping: drops counters whose window and lock are long over, then, if more than `maxRows`
 * remain (a spray of invented emails), the oldest that lock nothing, so the table stays bounded.
 */
export async function pruneAttempts(now = Date.now(), maxRows = 10_000) {
  await transaction((tx) => tx.delete(loginAttempts)
    .where(sql`${loginAttempts.firstFailureAt} < ${now - WINDOW_MS * 4} and coalesce(${loginAttempts.lockedUntil}, 0) < ${now}`));
  const rows = await countAttempts();
  if (rows <= maxRows) return;
  await transaction((tx) => tx.delete(loginAttempts)
    .where(
      sql`${loginAttempts.key} in (select ${loginAttempts.key} from ${loginAttempts} where coalesce(${loginAttempts.lockedUntil}, 0) < ${now} order by ${loginAttempts.firstFailureAt} limit ${rows - maxRows})`,
    ));
}

export async function countAttempts(): Promise<number> {
  return (await db.select({ n: count() }).from(loginAttempts).then(first))?.n ?? 0;
}
