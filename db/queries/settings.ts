import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '../client';
import { WRITE_TRANSACTION } from '../write-transaction';
import { siteSettings } from '../schema';
import { recordAudit } from './audit';

// The settings form's optimistic-concurrency version lives beside the settings, under a key no
// setting uses; every save that changes something moves it on.
const VERSION_KEY = '_version';

/** Every stored site setting as key → value (unknown or invalid values are the caller's to drop). */
export function readSettings(): Record<string, string> {
  const rows = db.select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings).all();
  return Object.fromEntries(rows.filter((r) => r.key !== VERSION_KEY).map((r) => [r.key, r.value]));
}

/** The version the settings are at: the settings form sends it back with its save. */
export function readSettingsVersion(): number {
  return Number(db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, VERSION_KEY)).get()?.value ?? 1);
}

/**
 * Saves the given settings and records which keys changed, in one transaction. With `version` (the
 * one the form was loaded at), a save over a newer one is refused as stale and changes nothing.
 */
export function saveSettings(actorId: number, values: Record<string, string>, version?: number): { changed: string[]; stale: boolean } {
  return db.transaction((tx) => {
    const before = Object.fromEntries(tx.select().from(siteSettings).all().map((r) => [r.key, r.value]));
    const current = Number(before[VERSION_KEY] ?? 1);
    if (version !== undefined && version !== current) return { changed: [], stale: true };
    const changed = Object.keys(values).filter((k) => k !== VERSION_KEY && before[k] !== values[k]);
    const upsert = (key: string, value: string) =>
      tx.insert(siteSettings)
        .values({ key, value })
        .onConflictDoUpdate({ target: siteSettings.key, set: { value: sql`excluded.value` } })
        .run();
    for (const key of changed) upsert(key, values[key]!);
    if (changed.length) {
      upsert(VERSION_KEY, String(current + 1));
      recordAudit(tx, { actorId, action: 'settings.update', targetType: 'settings', details: { changed } });
    }
    return { changed, stale: false };
  }, WRITE_TRANSACTION);
}
