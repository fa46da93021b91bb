import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from './backup';
import { runMigrations } from './migrate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-backup-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const count = (file: string) => {
  const db = new Database(file, { readonly: true });
  const n = (db.prepare('select count(*) as n from tags').get() as { n: number }).n;
  db.close();
  return n;
};

describe('backup and restore', () => {
  it('takes a consistent backup while another process keeps writing, and restores it', async () => {
    const live = path.join(tmp, 'live.db');
    await runMigrations(`file:${live}`);
    const seed = new Database(live);
    seed.pragma('journal_mode = WAL');
    const insert = seed.prepare('insert into tags (slug, name) values (?, ?)');
    seed.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`seed-${i}`, `Seed ${i} ${'x'.repeat(200)}`);
    })();
    seed.close();

    // A separate process writes continuously during the backup, as a serving site would.
    const writer = spawn(
      process.execPath,
      [
        '-e',
        `const D=require('better-sqlite3');const d=new D(${JSON.stringify(live)});d.pragma('busy_timeout=5000');
         const s=d.prepare('insert into tags (slug,name) values (?,?)');let i=0;
         const t=setInterval(()=>{for(let k=0;k<50;k++){s.run('w-'+(i++),'W')}process.stdout.write('.')},1);
         process.on('SIGTERM',()=>{clearInterval(t);d.close();process.exit(0)});`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let batches = 0;
    writer.stdout.on('data', (c: Buffer) => (batches += c.length));
    const waitForBatches = async (n: number) => {
      while (batches < n) await new Promise((r) => setTimeout(r, 5));
    };
    await waitForBatches(3);
    const backup = path.join(tmp, 'nested', 'backup.db');
    await backupDatabase(live, backup);
    // Writes that land after the snapshot must not be in it.
    const after = batches;
    await waitForBatches(after + 3);
    writer.kill('SIGTERM');
    await new Promise((r) => writer.on('exit', r));

    const inBackup = count(backup);
    expect(inBackup).toBeGreaterThanOrEqual(5000);
    const check = new Database(backup, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(count(live)).toBeGreaterThan(inBackup);

    await restoreDatabase(backup, live);
    expect(count(live)).toBe(inBackup);
    expect(fs.existsSync(`${live}.before-restore`)).toBe(true);
  });

  it('refuses to restore a file that is not a sound database and leaves the live one alone', async () => {
    const live = path.join(tmp, 'live2.db');
    await runMigrations(`file:${live}`);
    const bogus = path.join(tmp, 'bogus.db');
    fs.writeFileSync(bogus, 'this is not a database');
    await expect(restoreDatabase(bogus, live)).rejects.toThrow();
    expect(count(live)).toBe(0);
  });
});
