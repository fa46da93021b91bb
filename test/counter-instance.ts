// One "app instance" for the cross-instance tests (lib/rate-limit.test.ts,
// lib/login-throttle.test.ts, db/transaction.test.ts): a process of its own, with its own connection to the test's
// database file, that counts `HITS` requests of one client (or makes `HITS` saves) as fast as it can. Run with
// `tsx --conditions=react-server` (so `server-only` imports). Prints what it counted.
import { saveSettings } from '@/db/queries/settings';
import { noteFailure } from '@/lib/login-throttle';
import { RateLimiter } from '@/lib/rate-limit';

const hits = Number(process.env.HITS);
const now = Number(process.env.NOW);

/** Rate limit: how many of the hits were allowed. */
async function rateLimit() {
  const limiter = new RateLimiter('test', Number(process.env.LIMIT), 60_000);
  let allowed = 0;
  for (let i = 0; i < hits; i++) if ((await limiter.hit('203.0.113.9', now)).allowed) allowed++;
  return allowed;
}

/** Sign-in failures: how many were recorded without an error. */
async function loginFailures() {
  let recorded = 0;
  for (let i = 0; i < hits; i++) {
    await noteFailure('shared@example.test', '203.0.113.10', now);
    recorded++;
  }
  return recorded;
}

/** Settings saves (a transaction that reads, then writes): how many went through without an error. */
async function settingsSaves() {
  let saved = 0;
  for (let i = 0; i < hits; i++) {
    await saveSettings(Number(process.env.ACTOR), { tagline: `${process.pid}-${i}` });
    saved++;
  }
  return saved;
}

const counters: Record<string, () => Promise<number>> = { login: loginFailures, settings: settingsSaves, rate: rateLimit };

async function main() {
  process.stdout.write(String(await counters[process.env.COUNTER ?? 'rate']!()));
}
void main();
