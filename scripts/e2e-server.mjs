// @ts-check
// Serves the production build for Playwright: a fresh database of its own (never the demo one),
// migrated and seeded, then `next build` and `next start`. SQLite by default; on PostgreSQL when
// E2E_POSTGRES_URL names a server (scripts/e2e-database.mjs). The build does not depend on the
// engine, so a second run on the other engine may reuse it (E2E_SKIP_BUILD=1).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_DIR, freshE2eDatabase } from './e2e-database.mjs';
import { serverArgs } from './server-args.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dir = E2E_DIR;
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });

/** @type {NodeJS.ProcessEnv} */
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: await freshE2eDatabase('e2e'),
  DEMO_PASSWORD: 'e2e-password-1',
  // A throwaway secret for the test server only.
  AUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else-0123456789',
  SITE_URL: `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`,
  UPLOAD_DIR: path.join(dir, 'uploads'),
  NEXT_TELEMETRY_DISABLED: '1',
  // Small pages so the seeded archive spans several of them.
  LISTING_PAGE_SIZE: '4',
  // Low limits, keyed by X-Forwarded-For, so the rate-limit test can give each client its own address.
  TRUST_PROXY: '1',
  RATE_LIMIT_SEARCH: '20',
  RATE_LIMIT_API: '40',
  // Every spec signs in from 127.0.0.1: a bucket big enough for all of them, still finite for the test.
  RATE_LIMIT_LOGIN: '300',
  // The wire-clients journey's receiver listens on loopback, which webhooks may not name otherwise.
  WIRE_ALLOW_PRIVATE_WEBHOOKS: '1',
  // The feeds name a WebSub hub and announce changes to it; the distribution journey listens there.
  WEBSUB_HUB_URL: `http://127.0.0.1:${process.env.E2E_HUB_PORT ?? 3341}/hub`,
  WEBSUB_TIMEOUT_MS: '2000',
};

const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) => execFileSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
run('npx', ['tsx', 'db/seed.ts']);
if (process.env.E2E_SKIP_BUILD !== '1') run('npx', ['next', 'build']);

const server = spawn(process.execPath, serverArgs(), {
  cwd: root,
  env: { ...env, HOST: '127.0.0.1', PORT: String(process.env.E2E_PORT ?? 3210), LOG_REQUESTS: process.env.E2E_LOG_REQUESTS ?? '0' },
  stdio: 'inherit',
});
const stop = () => server.kill('SIGTERM');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
