import { describe, expect, it } from 'vitest';
import { sqlite } from '../client';
import { databaseHealth } from './health';

describe('databaseHealth', () => {
  it('is ok on a migrated database', async () => {
    expect(await databaseHealth()).toEqual({ ok: true, database: 'ok', migrations: 'current' });
  });

  it('reports pending migrations when the database is behind the build', async () => {
    sqlite().exec('delete from __drizzle_migrations where rowid = (select max(rowid) from __drizzle_migrations)');
    expect(await databaseHealth()).toEqual({ ok: false, database: 'ok', migrations: 'pending' });
  });
});
