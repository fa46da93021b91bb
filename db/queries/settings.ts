import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '../client';
import { siteSettings } from '../schema';
import { recordAudit } from './audit';

/** Every stored site setting as key → value (unknown or invalid values are the caller's to drop). */
export function readSettings(): Record<string, string> {
  return Object.fromEntries(db.select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings).all().map((r) => [r.key, r.value]));
}

/** Saves the given settings and records which keys changed, in one transaction. */
export function saveSettings(actorId: number, values: Record<string, string>) {
  return db.transaction((tx) => {
    const before = Object.fromEntries(tx.select().from(siteSettings).all().map((r) => [r.key, r.value]));
    const changed = Object.keys(values).filter((k) => before[k] !== values[k]);
    for (const key of changed) {
      tx.insert(siteSettings)
        .values({ key, value: values[key]! })
        .onConflictDoUpdate({ target: siteSettings.key, set: { value: sql`excluded.value` } })
        .run();
    }
    if (changed.length) recordAudit(tx, { actorId, action: 'settings.update', targetType: 'settings', details: { changed } });
    return { changed };
  });
}
