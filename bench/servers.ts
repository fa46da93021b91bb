// Processes the benchmark runs: the production build, `next start`, and nginx (the caching front
// from deploy/nginx, and a plain static file server for the reference number).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findNginx, nginxArgs, renderNginxConfig } from '../deploy/nginx/render.mjs';
import { serverArgs } from '../scripts/server-args.mjs';

export const root = path.resolve(__dirname, '..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const running: ChildProcess[] = [];

export function log(message: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

export function stopAll() {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

export function waitForPort(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on 127.0.0.1:${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Waits while another `next build` runs: two builds on two cores distort both. */
export async function waitForOtherBuilds(maxMinutes = 10) {
  for (let i = 0; i < maxMinutes * 6; i++) {
    let found = '';
    try {
      found = execFileSync('pgrep', ['-f', 'next build']).toString().trim();
    } catch {
      return;
    }
    if (!found) return;
    if (i === 0) log('another `next build` is running; waiting for it to finish');
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

/** Waits (at most `maxMinutes`) until the machine is nearly idle, so others' work skews less. */
export async function waitForQuiet(maxMinutes = 5) {
  for (let i = 0; i < Math.ceil(maxMinutes * 12) && os.loadavg()[0]! > 1.5; i++) {
    if (i === 0) log(`load average ${os.loadavg()[0]!.toFixed(1)}: waiting for the machine to calm down`);
    await new Promise((r) => setTimeout(r, 5_000));
  }
}

/** CPU time a process has used so far, in clock ticks (Linux /proc). */
export function cpuTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime
}

/**
 * Waits until a server has finished what earlier loads left it: a load generator that stops
 * leaves requests queued on the server (64 cold renders at 30 ms each are two seconds of work),
 * and measuring the next page while they drain charges it with the previous page's backlog.
 * Idle means under 5% of a core over a quarter of a second; gives up after `maxMs`.
 */
export async function waitForIdle(pid: number, maxMs = 30_000): Promise<number> {
  const started = Date.now();
  const windowMs = 250;
  const ticksPerSecond = 100; // USER_HZ on Linux
  let before = cpuTicks(pid);
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, windowMs));
    const now = cpuTicks(pid);
    const busy = (now - before) / ticksPerSecond / (windowMs / 1000);
    before = now;
    if (busy < 0.05) break;
  }
  return Date.now() - started;
}

/** Installs wrk and nginx from Debian's packages when missing and we are root. */
export function ensureTools(has: () => boolean) {
  if (has()) return;
  if (process.getuid?.() !== 0) {
    log('wrk or nginx missing and not root: falling back to the Node load generator, no nginx rows');
    return;
  }
  log('installing wrk and nginx from Debian packages');
  const install = () =>
    execFileSync('apt-get', ['install', '-y', 'wrk', 'nginx'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    install();
  }
}

// `next build` writes its dist folder's type paths into tsconfig.json and next-env.d.ts; put
// back what other builds expect so the shared files do not churn.
function keepTypeConfig<T>(fn: () => T): T {
  const files = ['tsconfig.json', 'next-env.d.ts'].map((f) => path.join(root, f));
  const before = files.map((f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8') : null));
  try {
    return fn();
  } finally {
    files.forEach((f, i) => {
      const original = before[i];
      if (original !== null && original !== undefined && fs.readFileSync(f, 'utf8') !== original) fs.writeFileSync(f, original);
    });
  }
}

export function build(env: NodeJS.ProcessEnv) {
  keepTypeConfig(() => execFileSync(process.execPath, [nextBin, 'build'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] }));
}

/** The app as `npm start` serves it (scripts/server.mjs: Next's handler, access log, shutdown). */
export async function startApp(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, serverArgs(root), {
    cwd: root,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  running.push(child);
  await waitForPort(port);
  return child;
}

/**
 * `npm run start:cluster` on `port` with `count` instances (ports port+1 …): resolves once the
 * front serves, with the pid of every instance (`pids`; `pid` is instance 1's, which the upload rows
 * watch): the benchmark sums their CPU and reads the largest one's memory.
 */
export function startCluster(env: NodeJS.ProcessEnv, port: number, count: number): Promise<{ pid: number; pids: number[] }> {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start-cluster.mjs')], {
    cwd: root,
    env: { ...env, HOST: '127.0.0.1', PORT: String(port), INSTANCES: String(count), LOG_REQUESTS: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const pids = Array.from({ length: count }, (_, k) => new RegExp(`127\\.0\\.0\\.1:${port + 1 + k} \\(pid (\\d+)\\)`).exec(output)?.[1]);
      if (pids.every(Boolean) && /front on :\d+/.test(output)) resolve({ pid: Number(pids[0]), pids: pids.map(Number) });
    });
    child.on('exit', (code) => reject(new Error(`start:cluster exited with ${code}:\n${output}`)));
  });
}

function startNginx(prefix: string, file: string, port: number) {
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx not installed');
  const child = spawn(nginx, nginxArgs(prefix, file), { stdio: ['ignore', 'ignore', 'inherit'] });
  running.push(child);
  return waitForPort(port, 10_000).then(() => child);
}

/** The production front exactly as `npm run start:cached` configures it. */
export function startFront(prefix: string, port: number, appPort: number) {
  const { file } = renderNginxConfig({ prefix, listen: `127.0.0.1:${port}`, app: `127.0.0.1:${appPort}` });
  return startNginx(prefix, file, port).then((child) => ({ child }));
}

/** nginx serving one folder of files: the reference for "as fast as it gets" on this machine. */
export function startStaticNginx(prefix: string, www: string, port: number) {
  fs.mkdirSync(path.join(prefix, 'temp'), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/temp/${t};`).join('\n  ');
  const file = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(
    file,
    `worker_processes auto;\npid ${prefix}/nginx.pid;\nerror_log stderr warn;\ndaemon off;\n${asRoot ? 'user nobody nogroup;' : ''}
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 10000;
  ${temps}
  server { listen 127.0.0.1:${port} reuseport backlog=4096; root ${www}; }
}
`,
  );
  return startNginx(prefix, file, port);
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
      kb += Number(match?.[1] ?? 0);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return Math.round(kb / 1024);
}
