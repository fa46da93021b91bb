import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { resolveDatabaseFile } from './open';

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

if (require.main === module) {
  const [command, file] = process.argv.slice(2);
  const database = resolveDatabaseFile(process.env.DATABASE_URL);
  if ((command !== 'backup' && command !== 'restore') || !file) {
    console.error('Usage: npm run db:backup -- <file> | npm run db:restore -- <file>');
    process.exit(2);
  }
  const job = command === 'backup' ? backupDatabase(database, file) : restoreDatabase(file, database);
  job
    .then(() => console.log(command === 'backup' ? `Backed up ${database} to ${file}` : `Restored ${database} from ${file}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
