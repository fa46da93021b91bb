// @ts-check
// `npm run start:cluster`: the portal on PORT through the nginx front (deploy/nginx), with INSTANCES
// app processes behind it (default 2), each a plain `npm start` (scripts/server.mjs) on loopback
// port PORT+1 … PORT+INSTANCES that also answers directly there. Every instance shares the
// database (DATABASE_URL) and the upload folder (UPLOAD_DIR) and keeps nothing of its own that
// matters: sessions, rate limits and the sign-in throttle live in the database, so any instance
// may answer any request and nginx balances across them, skipping one that does not answer.
// `npm run start:cached` is the same with one instance. Installs nothing; Ctrl+C / SIGTERM stops
// every process it started. An instance that dies is reported, not restarted (that is the job of
// the service manager); the front keeps serving from the others.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { findNginx, INSTALL_HINT, nginxArgs, renderNginxConfig } from '../deploy/nginx/render.mjs';
import { serverArgs } from './server-args.mjs';

const root = path.resolve(import.meta.dirname, '..');
const name = path.basename(process.argv[1] ?? '') === 'start-cached.mjs' ? 'start:cached' : 'start:cluster';

/** One line on stderr and a non-zero exit: every refusal to start looks the same. @param {string} message @returns {never} */
function fail(message) {
  console.error(`${name}: ${message}`);
  process.exit(1);
}

const port = Number(process.env.PORT || 3000);
const count = Number(process.env.INSTANCES || 2);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}"`);
if (!Number.isInteger(count) || count < 1 || count > 32) fail(`INSTANCES must be a whole number from 1 to 32, not "${process.env.INSTANCES}"`);
if (port + count > 65535) fail(`PORT ${port} leaves no room for ${count} instance ports above it`);
const nginx = findNginx() ?? fail(`needs nginx, which is not installed. On Debian: ${INSTALL_HINT}`);
if (!process.env.AUTH_SECRET || process.env.AUTH_SECRET.length < 16) fail('AUTH_SECRET is not set (at least 16 characters); every instance signs sessions with it');
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) fail(`no production build in ${distDir}: run \`npm run build\` first`);

// The front listens on HOST (all addresses by default); the instances only on loopback.
const frontHost = process.env.HOST && process.env.HOST !== '0.0.0.0' ? process.env.HOST : null;
/** @type {{ n: number, port: number, pid?: number }[]} */
const instances = Array.from({ length: count }, (_, i) => ({ n: i + 1, port: port + i + 1 }));

/** Whether something already listens on host:port. @param {number} p @param {string} host @returns {Promise<boolean>} */
function portTaken(p, host) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(true));
    probe.listen(p, host, () => probe.close(() => resolve(false)));
  });
}

if (await portTaken(port, frontHost ?? '0.0.0.0')) fail(`port ${port} (the front) is already in use; stop what holds it or choose another PORT`);
for (const instance of instances) {
  if (await portTaken(instance.port, '127.0.0.1')) {
    fail(`port ${instance.port} (instance ${instance.n} of ${count}, PORT+${instance.n}) is already in use; stop what holds it or choose another PORT`);
  }
}

/** Resolves once something accepts connections on 127.0.0.1:p. @param {number} p @param {() => boolean} gaveUp */
function waitForPort(p, gaveUp) {
  return new Promise((/** @type {(ok: boolean) => void} */ resolve) => {
    const attempt = () => {
      const socket = net.connect(p, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        socket.destroy();
        if (gaveUp()) resolve(false);
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

/** @type {Map<import('node:child_process').ChildProcess, string>} */
const running = new Map();
let stopping = false;
let ready = false;

/** Stops every child: nginx finishes its requests (SIGQUIT), each instance its own (SIGTERM). @param {number} code */
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const [child, label] of running) child.kill(label === 'nginx' ? 'SIGQUIT' : 'SIGTERM');
  // server.mjs gives its requests 15 s; past that, nothing is left worth waiting for.
  setTimeout(() => {
    for (const child of running.keys()) child.kill('SIGKILL');
    process.exit(code || 1);
  }, 20_000).unref();
  const done = () => (running.size === 0 ? process.exit(code) : setTimeout(done, 50));
  done();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));

const uploadDir = path.resolve(root, process.env.UPLOAD_DIR || './public/uploads');
/** @type {NodeJS.ProcessEnv} */
const shared = {
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  // One folder for every instance: an image uploaded through one is served by all.
  UPLOAD_DIR: uploadDir,
  // The instances sit behind our front, which writes X-Forwarded-For (deploy/nginx); their own
  // ports answer on loopback only.
  TRUST_PROXY: process.env.TRUST_PROXY ?? '1',
};

for (const instance of instances) {
  const label = `instance ${instance.n} (127.0.0.1:${instance.port})`;
  const child = spawn(process.execPath, serverArgs(root), { cwd: root, env: { ...shared, PORT: String(instance.port) }, stdio: 'inherit' });
  running.set(child, label);
  instance.pid = child.pid;
  child.on('exit', (code, signal) => {
    running.delete(child);
    if (stopping) return;
    const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
    const left = [...running.values()].filter((l) => l !== 'nginx').length;
    if (!ready) {
      console.error(`${name}: ${label} ${how} while starting; stopping the others`);
      stop(1);
    } else if (left === 0) {
      console.error(`${name}: ${label} ${how}; no instance is left, stopping the front`);
      stop(1);
    } else {
      console.error(`${name}: ${label} ${how}; the front keeps serving from the other ${left} of ${count}`);
    }
  });
}

const deadline = Date.now() + 120_000;
const up = await Promise.all(instances.map((i) => waitForPort(i.port, () => stopping || Date.now() > deadline)));
if (up.includes(false)) {
  if (!stopping) console.error(`${name}: instance ${up.indexOf(false) + 1} did not start listening within 2 minutes; stopping`);
  stop(1);
} else {
  void startFront();
}

/** nginx in front of the instances, once they all listen. */
async function startFront() {
  const prefix = path.join(root, 'data', `nginx-${port}`);
  const { file } = renderNginxConfig({
    prefix,
    listen: frontHost ? `${frontHost.includes(':') ? `[${frontHost}]` : frontHost}:${port}` : `${port}`,
    app: instances.map((i) => `127.0.0.1:${i.port}`),
  });
  const proxy = spawn(nginx, nginxArgs(prefix, file), { stdio: 'inherit' });
  running.set(proxy, 'nginx');
  proxy.on('exit', (code, signal) => {
    running.delete(proxy);
    if (stopping) return;
    console.error(`${name}: nginx ${signal ? `was killed (${signal})` : `exited with code ${code}`}; stopping the instances`);
    stop(1);
  });
  if (await waitForPort(port, () => stopping || Date.now() > deadline + 10_000)) {
    ready = true;
    const list = instances.map((i) => `127.0.0.1:${i.port} (pid ${i.pid})`).join(', ');
    console.log(`${name}: front on :${port} (nginx, micro-cache of at most 1 s) -> ${count} instance${count > 1 ? 's' : ''}: ${list}`);
  } else if (!stopping) {
    console.error(`${name}: nginx did not start listening on port ${port}; stopping`);
    stop(1);
  }
}
