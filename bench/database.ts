// The benchmark's database: the generated SQLite archive itself, or (`--db postgres`) the same
// archive copied by `npm run db:copy` into a PostgreSQL server the benchmark starts on loopback
// (installed from Debian when missing, run as the postgres user when the benchmark runs as root).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { connect, type Connection } from '../db/connect';
import { copyDatabase } from '../db/copy';
import { log } from './servers';

export type BenchEngine = 'sqlite' | 'postgres';
const PG_PORT = 3950;

function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const version = fs.readdirSync(base).sort().reverse()[0];
  return version ? path.join(base, version, 'bin') : null;
}

/** `argv` as the postgres user when we are root (PostgreSQL refuses to run as root). */
function asPostgres(argv: string[]) {
  const asRoot = process.getuid?.() === 0;
  const [cmd, ...args] = asRoot ? ['runuser', '-u', 'postgres', '--', ...argv] : argv;
  execFileSync(cmd!, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** A PostgreSQL server on 127.0.0.1:PG_PORT with its data in `dir`; returns its admin URL. */
function startPostgres(dir: string): { url: string; stop: () => void } {
  let bin = postgresBin();
  if (!bin && process.getuid?.() === 0) {
    log('installing postgresql from Debian');
    spawnSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit' });
    bin = postgresBin();
  }
  if (!bin) throw new Error('--db postgres needs PostgreSQL: apt-get install -y postgresql');
  const data = path.join(dir, 'data');
  fs.mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres', dir]);
  if (!fs.existsSync(path.join(data, 'PG_VERSION'))) asPostgres([path.join(bin, 'initdb'), '-D', data, '-A', 'trust', '-U', 'postgres']);
  const ctl = (...args: string[]) => asPostgres([path.join(bin, 'pg_ctl'), '-D', data, ...args]);
  // Settings of a small dedicated server: the archive's working set in memory, no fsync wait per commit.
  ctl('-l', path.join(dir, 'log'), '-w', '-o', `-p ${PG_PORT} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=1GB -c work_mem=16MB -c synchronous_commit=off`, 'start');
  return { url: `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`, stop: () => ctl('-m', 'fast', 'stop') };
}

/** The DATABASE_URL the benchmark serves, with the archive in it. */
export async function benchDatabase(engine: BenchEngine, sqliteFile: string, stories: number, reuse: boolean, tmp: string) {
  const sqliteUrl = `file:${sqliteFile}`;
  if (engine === 'sqlite') return { url: sqliteUrl, stop: () => undefined };
  const server = startPostgres(path.join(tmp, 'pg'));
  const name = `bench_${stories}`;
  const admin = connect(server.url);
  const exists = (await admin.rows<{ n: number }>(sql`select count(*) as n from pg_database where datname = ${name}`))[0]?.n;
  const url = server.url.replace(/\/postgres$/, `/${name}`);
  if (!(reuse && Number(exists) > 0)) {
    await admin.execute(sql.raw(`drop database if exists ${name} with (force)`));
    await admin.execute(sql.raw(`create database ${name}`));
    log(`copying the archive into PostgreSQL (${name})`);
    const [from, to] = [connect(sqliteUrl), connect(url)];
    const started = Date.now();
    await copyDatabase(from, to);
    await to.execute(sql`analyze`);
    await Promise.all([from.close(), to.close()]);
    log(`copied in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  await admin.close();
  return { url, stop: server.stop };
}

/** One statement on the benchmark's database, whichever engine (setup and edits, not measured reads). */
export async function withDatabase<T>(url: string, fn: (c: Connection) => Promise<T>): Promise<T> {
  const c = connect(url);
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}
