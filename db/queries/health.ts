import 'server-only';
import journal from '../migrations/meta/_journal.json';
import { sqlite } from '../client';

/** Whether the database answers and has every migration this build knows about. */
export function databaseHealth(): { ok: boolean; database: 'ok' | 'error'; migrations: 'current' | 'pending' | 'unknown' } {
  try {
    sqlite().prepare('select 1').get();
  } catch {
    return { ok: false, database: 'error', migrations: 'unknown' };
  }
  try {
    const row = sqlite().prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
    const current = row.n >= journal.entries.length;
    return { ok: current, database: 'ok', migrations: current ? 'current' : 'pending' };
  } catch {
    return { ok: false, database: 'ok', migrations: 'pending' };
  }
}
