// `npm run demo`: migrate, seed demo content, build and serve the portal on PORT (default 3000).
// Demo mode generates an AUTH_SECRET once and keeps it in data/ so sessions survive restarts.
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serverArgs } from './server-args.mjs';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'data');
fs.mkdirSync(dataDir, { recursive: true });

const secretFile = path.join(dataDir, 'auth-secret');
if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });

const port = process.env.PORT || '3000';
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DEMO_MODE: '1',
  AUTH_SECRET: process.env.AUTH_SECRET || fs.readFileSync(secretFile, 'utf8').trim(),
  DATABASE_URL: process.env.DATABASE_URL || 'file:./data/news.db',
  SITE_URL: process.env.SITE_URL || `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};

const run = (args) => execFileSync('npx', args, { cwd: root, env, stdio: 'inherit' });
// Seeding first: the build prerenders the home page from the database.
run(['tsx', 'db/migrate.ts']);
run(['tsx', 'db/seed.ts']);
run(['next', 'build']);
console.log(`\nServing ${env.SITE_URL} (Ctrl+C to stop)`);
const server = spawn(process.execPath, serverArgs(root), { cwd: root, env: { ...env, PORT: port }, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
