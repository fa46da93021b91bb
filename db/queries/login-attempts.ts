import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '../client';
import { loginAttempts } from '../schema';

/** Failures counted in one window; an old window starts over. */
export const WINDOW_MS = 15 * 60_000;

export type AttemptState = { failures: number; lockedUntil: number | null };

/** Failure count in the current window and any lock, for one key (`email:…` or `ip:…`). */
export function getAttemptState(key: string, now = Date.now()): AttemptState {
  const row = db.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
  if (!row) return { failures: 0, lockedUntil: null };
  const locked = row.lockedUntil && row.lockedUntil.getTime() > now ? row.lockedUntil.getTime() : null;
  if (!locked && row.firstFailureAt.getTime() < now - WINDOW_MS) return { failures: 0, lockedUntil: null };
  return { failures: row.failures, lockedUntil: locked };
}

/** Counts one failure; locks the key until `now + lockMs` once `lockAfter` failures are reached. */
export function recordFailure(key: string, lockAfter: number, lockMs: number, now = Date.now()): AttemptState {
  return db.transaction((tx) => {
    const row = tx.select().from(loginAttempts).where(eq(loginAttempts.key, key)).get();
    const fresh = !row || row.firstFailureAt.getTime() < now - WINDOW_MS;
    const failures = fresh ? 1 : row.failures + 1;
    const lockedUntil = failures >= lockAfter ? new Date(now + lockMs) : fresh ? null : row.lockedUntil;
    const firstFailureAt = fresh ? new Date(now) : row.firstFailureAt;
    tx.insert(loginAttempts)
      .values({ key, failures, firstFailureAt, lockedUntil })
      .onConflictDoUpdate({ target: loginAttempts.key, set: { failures, firstFailureAt, lockedUntil } })
      .run();
    return { failures, lockedUntil: lockedUntil ? lockedUntil.getTime() : null };
  });
}

export function clearAttempts(key: string) {
  db.delete(loginAttempts).where(eq(loginAttempts.key, key)).run();
}

/** Drops counters whose window and lock are long over (housekeeping, called on sign-in). */
export function pruneAttempts(now = Date.now()) {
  db.delete(loginAttempts)
    .where(sql`${loginAttempts.firstFailureAt} < ${now - WINDOW_MS * 4} and coalesce(${loginAttempts.lockedUntil}, 0) < ${now}`)
    .run();
}
