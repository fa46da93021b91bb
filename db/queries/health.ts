import 'server-only';
import { sql } from 'drizzle-orm';
import pgJournal from '../migrations-pg/meta/_journal.json';
import sqliteJournal from '../migrations/meta/_journal.json';
import { dialect, first, rows } from '../client';

export type DatabaseHealth = { ok: boolean; database: 'ok' | 'error'; migrations: 'current' | 'pending' | 'unknown' };

/** Where drizzle's migrator records what it applied, per engine. */
const MIGRATIONS_TABLE = { sqlite: sql`__drizzle_migrations`, pg: sql`drizzle.__drizzle_migrations` };

/** Whether the database answers and has every migration this build knows about. */
export async function databaseHealth(): Promise<DatabaseHealth> {
  try {
    await rows(sql`select 1 as ok`);
  } catch {
    return { ok: false, database: 'error', migrations: 'unknown' };
  }
  try {
    const engine = dialect();
    const applied = (await rows<{ n: number }>(sql`select count(*) as n from ${MIGRATIONS_TABLE[engine]}`).then(first))?.n ?? 0;
    const known = (engine === 'sqlite' ? sqliteJournal : pgJournal).entries.length;
    const current = Number(applied) >= known;
    return { ok: current, database: 'ok', migrations: current ? 'current' : 'pending' };
  } catch {
    return { ok: false, database: 'ok', migrations: 'pending' };
  }
}
