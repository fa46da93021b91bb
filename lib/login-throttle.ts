import 'server-only';
import { clearAttempts, getAttemptState, pruneAttempts, recordFailure } from '@/db/queries/login-attempts';

// Three counters per sign-in attempt (issue 11, item 4):
// - per (account, address) pair: slowed after a few failures, then that pair is locked. The lock
//   stays with the address that guessed: the owner signing in from anywhere else is not locked out.
// - per account, across addresses: a growing delay, bounded, and never a lock, so nobody can lock
//   a colleague out by typing wrong passwords for their email.
// - per address: a higher bar (a newsroom shares one office address) that still stops one address
//   spraying many accounts.
const PAIR = { slowAfter: 3, lockAfter: 6, lockMs: 15 * 60_000 };
const ACCOUNT = { slowAfter: 10, stepMs: 250, maxDelayMs: 2_000 };
const IP = { slowAfter: 15, lockAfter: 40, lockMs: 15 * 60_000 };
const MAX_DELAY_MS = 4_000;
const PRUNE_EVERY_MS = 60_000;

const normal = (email: string) => email.trim().toLowerCase();
const keys = (email: string, ip: string) => ({
  pair: `pair:${normal(email)}|${ip}`,
  account: `email:${normal(email)}`,
  ip: `ip:${ip}`,
});

/** Minutes left when this address is locked for this account (or for every account); null when sign-in may proceed. */
export function lockedMinutes(email: string, ip: string, now = Date.now()): number | null {
  const k = keys(email, ip);
  const until = Math.max(getAttemptState(k.pair, now).lockedUntil ?? 0, getAttemptState(k.ip, now).lockedUntil ?? 0);
  return until > now ? Math.ceil((until - now) / 60_000) : null;
}

/** How long to wait before answering, growing with recent failures (slows guessing); at most 4 s. */
export function throttleDelayMs(email: string, ip: string, now = Date.now()): number {
  const k = keys(email, ip);
  const overPair = Math.max(0, getAttemptState(k.pair, now).failures - PAIR.slowAfter + 1) * 1_000;
  const overIp = Math.max(0, getAttemptState(k.ip, now).failures - IP.slowAfter + 1) * 1_000;
  const overAccount = Math.min(ACCOUNT.maxDelayMs, Math.max(0, getAttemptState(k.account, now).failures - ACCOUNT.slowAfter + 1) * ACCOUNT.stepMs);
  return Math.min(MAX_DELAY_MS, Math.max(overPair, overIp, overAccount));
}

let lastPrune = 0;
// Every attempt for an unknown email adds rows; prune at most once a minute so a flood of
// attempts does not also become a flood of deletes.
function housekeeping(now: number) {
  if (Math.abs(now - lastPrune) < PRUNE_EVERY_MS) return;
  lastPrune = now;
  pruneAttempts(now);
}

export async function noteFailure(email: string, ip: string, now = Date.now()) {
  const k = keys(email, ip);
  await recordFailure(k.pair, PAIR.lockAfter, PAIR.lockMs, now);
  await recordFailure(k.account, Number.POSITIVE_INFINITY, 0, now);
  await recordFailure(k.ip, IP.lockAfter, IP.lockMs, now);
  housekeeping(now);
}

/**
 * A correct password clears this address's counter for the account. The account-wide counter is
 * left to its window: it counts other addresses' guesses, which the owner's success does not undo.
 */
export function noteSuccess(email: string, ip: string, now = Date.now()) {
  clearAttempts(keys(email, ip).pair);
  housekeeping(now);
}
