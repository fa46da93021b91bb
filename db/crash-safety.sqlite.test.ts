import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { runMigrations } from './migrate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-crash-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('crash safety', () => {
  it('keeps every acknowledged save and an intact file when the writer is killed with SIGKILL', async () => {
    const file = path.join(tmp, 'crash.db');
    await runMigrations(`file:${file}`);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'test', 'fixtures', 'save-stream.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const acknowledged: number[] = [];
    let buffer = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines) acknowledged.push(Number(line));
        // Kill mid-stream, without warning, once a good number of saves went through.
        if (acknowledged.length >= 300 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.on('exit', r));

    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = new Set((db.prepare('select id from articles').all() as { id: number }[]).map((r) => r.id));
      const lost = acknowledged.filter((id) => !ids.has(id));
      expect(lost).toEqual([]);
      // The search index was written in the same transactions and is consistent too: FTS5's
      // integrity check throws (SQLITE_CORRUPT_VTAB) when the index disagrees with its rows, and
      // every acknowledged story is in it.
      expect(() => db.prepare(`insert into articles_fts(articles_fts) values ('integrity-check')`).run()).not.toThrow();
      const indexed = new Set((db.prepare('select rowid as id from articles_fts').all() as { id: number }[]).map((r) => r.id));
      expect(acknowledged.filter((id) => !indexed.has(id))).toEqual([]);
    } finally {
      db.close();
    }
  });
});
