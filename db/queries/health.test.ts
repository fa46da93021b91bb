import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { dialect, execute, transaction } from '../client';
import { databaseHealth } from './health';

describe('databaseHealth', () => {
  it('is ok on a migrated database', async () => {
    expect(await databaseHealth()).toEqual({ ok: true, database: 'ok', migrations: 'current' });
  });

  it('reports pending migrations when the database is behind the build', async () => {
    const forget =
      dialect() === 'sqlite'
        ? sql`delete from __drizzle_migrations where rowid = (select max(rowid) from __drizzle_migrations)`
        : sql`delete from drizzle.__drizzle_migrations where id = (select max(id) from drizzle.__drizzle_migrations)`;
    await transaction((tx) => execute(forget, tx));
    expect(await databaseHealth()).toEqual({ ok: false, database: 'ok', migrations: 'pending' });
  });
});
