// @ts-check
// `npm run start:cached`: the production front. Serves the last `next build` with the app server of
// `npm start` (scripts/server.mjs) on an internal loopback port and puts nginx (a micro-cache that
// expires by time only) in front of it on PORT.
// Installs nothing: without nginx it says which command to run. Ctrl+C / SIGTERM stops both.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { findNginx, INSTALL_HINT, nginxArgs, renderNginxConfig } from '../deploy/nginx/render.mjs';
import { serverArgs } from './server-args.mjs';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT || 3000);
const appPort = Number(process.env.APP_PORT || port + 1);

const nginx = findNginx();
if (!nginx) {
  console.error(`start:cached needs nginx, which is not installed. On Debian: ${INSTALL_HINT}`);
  process.exit(1);
}

/** @param {number} p @param {number} timeoutMs @returns {Promise<void>} */
function waitForPort(p, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((/** @type {() => void} */ resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(p, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nothing listens on 127.0.0.1:${p}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
let stopping = false;
/** @param {number} code */
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
}

/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(appPort) };
const app = spawn(process.execPath, serverArgs(root), {
  cwd: root,
  env,
  stdio: 'inherit',
});
children.push(app);
app.on('exit', (code) => stop(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));

try {
  await waitForPort(appPort, 60_000);
} catch (error) {
  console.error(String(error));
  stop(1);
}
if (!stopping) {
  const prefix = path.join(root, 'data', `nginx-${port}`);
  const { file } = renderNginxConfig({ prefix, listen: `${port}`, app: `127.0.0.1:${appPort}` });
  const proxy = spawn(nginx, nginxArgs(prefix, file), { stdio: 'inherit' });
  children.push(proxy);
  proxy.on('exit', (code) => stop(code ?? 1));
  console.log(`nginx on :${port} -> next on 127.0.0.1:${appPort} (micro-cache 1 s)`);
}
