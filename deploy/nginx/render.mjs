// @ts-check
// Renders deploy/nginx/nginx.conf.template into a prefix folder of its own (config, cache, temp
// files, pid) so the proxy needs no system-wide setup. Shared by scripts/start-cached.mjs and the
// benchmark.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Absolute path of the nginx binary, or null when it is not installed. */
export function findNginx() {
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nginx');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

export const INSTALL_HINT = 'apt-get install -y nginx';

function nobodyIds() {
  try {
    return { uid: Number(execFileSync('id', ['-u', 'nobody']).toString()), gid: Number(execFileSync('id', ['-g', 'nobody']).toString()) };
  } catch {
    return { uid: 65534, gid: 65534 };
  }
}

/**
 * Writes `<prefix>/nginx.conf` for a proxy listening on `listen` in front of `app`: one app
 * instance (host:port) or several, load-balanced with failover. Returns the config path.
 * @param {{ prefix: string, listen: string, app: string | string[] }} options
 */
export function renderNginxConfig({ prefix, listen, app }) {
  const template = fs.readFileSync(path.join(import.meta.dirname, 'nginx.conf.template'), 'utf8');
  fs.rmSync(path.join(prefix, 'cache'), { recursive: true, force: true });
  for (const dir of ['cache', 'temp/body', 'temp/proxy', 'temp/fastcgi', 'temp/uwsgi', 'temp/scgi']) {
    fs.mkdirSync(path.join(prefix, dir), { recursive: true });
  }
  // Started as root, nginx runs its workers as nobody: they must be able to write cache and temp.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = nobodyIds();
    for (const dir of ['cache', 'temp', 'temp/body', 'temp/proxy', 'temp/fastcgi', 'temp/uwsgi', 'temp/scgi']) {
      fs.chownSync(path.join(prefix, dir), uid, gid);
    }
  }
  /** @type {Record<string, string>} */
  const values = {
    PREFIX: prefix,
    USER: asRoot ? 'user nobody nogroup;' : '',
    // max_fails/fail_timeout: after a failed connection, leave that instance alone for 5 s.
    APP: (Array.isArray(app) ? app : [app]).map((a) => `    server ${a} max_fails=1 fail_timeout=5s;`).join('\n'),
    LISTEN: listen,
  };
  const config = template.replace(/\{\{(\w+)\}\}/g, (_, /** @type {string} */ key) => {
    const value = values[key];
    if (value === undefined) throw new Error(`nginx template: unknown placeholder ${key}`);
    return value;
  });
  const file = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(file, config);
  return { file };
}

/** Arguments that start nginx in the foreground with a rendered config. @param {string} prefix @param {string} file */
export function nginxArgs(prefix, file) {
  return ['-p', prefix, '-e', 'stderr', '-c', file];
}
