import 'server-only';
import { clearAttempts, getAttemptState, recordFailure } from '@/db/queries/login-attempts';

// Per account: slowed after a few failures, then refused for a while. Per address the bar is
// higher (a newsroom shares one office address) but still stops a spray across many accounts.
const EMAIL = { slowAfter: 3, lockAfter: 6, lockMs: 15 * 60_000 };
const IP = { slowAfter: 15, lockAfter: 40, lockMs: 15 * 60_000 };
const MAX_DELAY_MS = 4_000;

const keys = (email: string, ip: string) => ({ email: `email:${email.trim().toLowerCase()}`, ip: `ip:${ip}` });

/** Minutes left when either the account or the address is locked; null when sign-in may proceed. */
export function lockedMinutes(email: string, ip: string, now = Date.now()): number | null {
  const k = keys(email, ip);
  const until = Math.max(getAttemptState(k.email, now).lockedUntil ?? 0, getAttemptState(k.ip, now).lockedUntil ?? 0);
  return until > now ? Math.ceil((until - now) / 60_000) : null;
}

/** How long to wait before answering, growing with recent failures (slows guessing). */
export function throttleDelayMs(email: string, ip: string, now = Date.now()): number {
  const k = keys(email, ip);
  const overEmail = getAttemptState(k.email, now).failures - EMAIL.slowAfter + 1;
  const overIp = getAttemptState(k.ip, now).failures - IP.slowAfter + 1;
  return Math.min(MAX_DELAY_MS, Math.max(0, overEmail, overIp) * 1_000);
}

export function noteFailure(email: string, ip: string, now = Date.now()) {
  const k = keys(email, ip);
  recordFailure(k.email, EMAIL.lockAfter, EMAIL.lockMs, now);
  recordFailure(k.ip, IP.lockAfter, IP.lockMs, now);
}

export function noteSuccess(email: string) {
  clearAttempts(keys(email, '').email);
}
