import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { describeEngine, parseDatabaseUrl, type Engine } from './engine';

/**
 * Consistent online backup through SQLite's backup API: readers and writers of the live database
 * carry on while it copies, and the copy is one point-in-time snapshot.
 */
export async function backupDatabase(sourceFile: string, destination: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const source = new Database(sourceFile, { fileMustExist: true });
  source.pragma('busy_timeout = 5000');
  try {
    const partial = `${destination}.partial`;
    fs.rmSync(partial, { force: true });
    await source.backup(partial);
    checkIntegrity(partial);
    fs.renameSync(partial, destination);
  } finally {
    source.close();
  }
}

/**
 * Replaces the database with a backup. Stop the server first: the file is swapped underneath
 * whoever has it open. The backup is checked before anything is touched, and the old database is
 * kept beside it as `<file>.before-restore`.
 */
export async function restoreDatabase(backupFile: string, targetFile: string): Promise<void> {
  checkIntegrity(backupFile);
  const staging = `${targetFile}.restoring`;
  fs.rmSync(staging, { force: true });
  const backup = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(staging);
  } finally {
    backup.close();
  }
  if (fs.existsSync(targetFile)) {
    // Fold the WAL into the main file so the kept copy is complete on its own.
    const current = new Database(targetFile);
    current.pragma('wal_checkpoint(TRUNCATE)');
    current.close();
    fs.copyFileSync(targetFile, `${targetFile}.before-restore`);
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(targetFile + suffix, { force: true });
  fs.renameSync(staging, targetFile);
}

function checkIntegrity(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} failed the integrity check: ${String(result)}`);
  } finally {
    db.close();
  }
}

/**
 * PostgreSQL: pg_dump in its custom format (one consistent snapshot while the site keeps running),
 * and pg_restore with --clean into the same database. Both from Debian's postgresql-client.
 */
function pgTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string) {
  const result = spawnSync(tool, args, { env: { ...process.env, PGCONNECT_TIMEOUT: '5' }, encoding: 'utf8', input: '' });
  if (result.error) throw new Error(`${tool} is not installed (apt-get install postgresql-client).`);
  if (result.status !== 0) {
    const password = new URL(url).password;
    const message = (result.stderr || '').trim().split('\n')[0] ?? '';
    throw new Error(`${tool} failed: ${password ? message.replaceAll(password, '***') : message}`);
  }
}

export async function backupPostgres(url: string, destination: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  pgTool('pg_dump', ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${url}`], url);
  fs.renameSync(partial, destination);
}

export async function restorePostgres(backupFile: string, url: string): Promise<void> {
  if (!fs.existsSync(backupFile)) throw new Error(`${backupFile} does not exist.`);
  // --list reads the archive's table of contents: a file that is not a pg_dump archive fails here,
  // before anything in the database is touched.
  pgTool('pg_restore', ['--list', backupFile], url);
  pgTool('pg_restore', ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${url}`, backupFile], url);
}

export async function backup(engine: Engine, file: string) {
  if (engine.kind === 'sqlite') return backupDatabase(engine.file, file);
  if (engine.kind === 'postgres') return backupPostgres(engine.url, file);
  throw new Error('Backups of an in-process PGlite database are not supported; copy its folder instead.');
}

export async function restore(engine: Engine, file: string) {
  if (engine.kind === 'sqlite') return restoreDatabase(file, engine.file);
  if (engine.kind === 'postgres') return restorePostgres(file, engine.url);
  throw new Error('Restoring an in-process PGlite database is not supported; copy its folder instead.');
}

if (require.main === module) {
  const [command, file] = process.argv.slice(2);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    console.error('Usage: npm run db:backup -- <file> | npm run db:restore -- <file>');
    process.exit(2);
  }
  let engine: Engine;
  try {
    engine = parseDatabaseUrl(process.env.DATABASE_URL);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const where = describeEngine(engine);
  const job = command === 'backup' ? backup(engine, file) : restore(engine, file);
  job
    .then(() => console.log(command === 'backup' ? `Backed up ${where} to ${file}` : `Restored ${where} from ${file}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
