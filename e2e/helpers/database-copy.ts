import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

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
