// One "app instance" for the cross-instance counter tests (lib/rate-limit.test.ts,
// lib/login-throttle.test.ts): a process of its own, with its own connection to the test's
// database file, that counts `HITS` requests of one client as fast as it can. Run with
// `tsx --conditions=react-server` (so `server-only` imports). Prints what it counted.
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

async function main() {
  process.stdout.write(String(process.env.COUNTER === 'login' ? await loginFailures() : await rateLimit()));
}
void main();
