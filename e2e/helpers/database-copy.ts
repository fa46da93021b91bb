import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { e2eEngine, freshE2eDatabase } from '../../scripts/e2e-database.mjs';

export const E2E_DIR = path.resolve(__dirname, '..', '..', 'data', 'e2e');

/**
 * A copy of the e2e server's database for a server of a spec's own: its content and accounts, but
 * not the e2e server's request counters. Those are keyed by client address (every spec signs in from
 * 127.0.0.1) and would spend the copy's sign-in budget before its first request.
 */
export function copyE2eDatabase(target: string): string {
  for (const suffix of ['', '-wal', '-shm', '.before-restore']) fs.rmSync(target + suffix, { force: true });
  const source = new Database(path.join(E2E_DIR, 'e2e.db'));
  source.pragma('wal_checkpoint(TRUNCATE)');
  source.close();
  fs.copyFileSync(path.join(E2E_DIR, 'e2e.db'), target);
  const copy = new Database(target);
  copy.exec('DELETE FROM rate_limit_hits; DELETE FROM login_attempts;');
  copy.close();
  return target;
}

/**
 * A database of a spec's own with the demo staff and stories, on the engine of the run: a copy of
 * the e2e database in `dir` on SQLite, a freshly seeded database `name` on PostgreSQL.
 */
export async function specDatabase(name: string, dir: string): Promise<string> {
  if (e2eEngine() === 'sqlite') return `file:${copyE2eDatabase(path.join(dir, `${name}.db`))}`;
  const url = await freshE2eDatabase(name);
  execFileSync('npx', ['tsx', 'db/seed.ts'], { cwd: path.resolve(__dirname, '..', '..'), env: { ...process.env, DATABASE_URL: url, DEMO_PASSWORD: 'e2e-password-1' }, stdio: 'pipe' });
  return url;
}
