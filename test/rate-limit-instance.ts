// One "app instance" for lib/rate-limit.test.ts: a process of its own, with its own connection to
// the test's database file, that counts `HITS` requests of one client as fast as it can and prints
// how many were allowed. Run with `tsx --conditions=react-server` (so `server-only` imports).
import { RateLimiter } from '@/lib/rate-limit';

const limiter = new RateLimiter('test', Number(process.env.LIMIT), 60_000);
const now = Number(process.env.NOW);

async function main() {
  let allowed = 0;
  for (let i = 0; i < Number(process.env.HITS); i++) if ((await limiter.hit('203.0.113.9', now)).allowed) allowed++;
  process.stdout.write(String(allowed));
}
void main();
