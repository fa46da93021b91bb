import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, first, transaction } from '../client';
import { siteSettings } from '../schema';
import { recordAudit } from './audit';

// The settings form's optimistic-concurrency version lives beside the settings, under a key no
// setting uses; every save that changes something moves it on.
const VERSION_KEY = '_version';

/** Every stored site setting as key → value (unknown or invalid values are the caller's to drop). */
export async function readSettings(): Promise<Record<string, string>> {
  const rows = await db.select({ key: siteSettings.key, value: siteSettings.value }).from(siteSettings);
  return Object.fromEntries(rows.filter((r) => r.key !== VERSION_KEY).map((r) => [r.key, r.value]));
}

/** The version the settings are at: the settings form sends it back with its save. */
export async function readSettingsVersion(): Promise<number> {
  return Number((await db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, VERSION_KEY)).then(first))?.value ?? 1);
}

/**
 * Saves the given settings and records which keys changed, with their values before and after, in
 * one transaction. With `version` (the one the form was loaded at), a save over a newer one is
 * refused as stale and changes nothing. `shown` is what readers saw before (defaults included),
 * the "before" the audit log names; without it, the stored value.
 */
export async function saveSettings(actorId: number, values: Record<string, string>, version?: number, shown: Record<string, string> = {}): Promise<{ changed: string[]; stale: boolean }> {
  return await transaction(async (tx) => {
    const before = Object.fromEntries((await tx.select().from(siteSettings)).map((r) => [r.key, r.value]));
    const current = Number(before[VERSION_KEY] ?? 1);
    if (version !== undefined && version !== current) return { changed: [], stale: true };
    const changed = Object.keys(values).filter((k) => k !== VERSION_KEY && before[k] !== values[k]);
    const upsert = (key: string, value: string) =>
      tx
        .insert(siteSettings)
        .values({ key, value })
        .onConflictDoUpdate({ target: siteSettings.key, set: { value: sql`excluded.value` } });
    for (const key of changed) await upsert(key, values[key]!);
    if (changed.length) {
      await upsert(VERSION_KEY, String(current + 1));
      const changes = changed.map((key) => ({ key, from: shown[key] ?? before[key] ?? '', to: values[key]! }));
      await recordAudit(tx, { actorId, action: 'settings.update', targetType: 'settings', details: { changed, changes } });
    }
    return { changed, stale: false };
  });
}
