import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { mergeSettings } from '@/lib/site-settings';
import { readSettings, readSettingsVersion, saveSettings } from './settings';

describe('site settings', () => {
  it('stores only changed keys and audits them, before and after, in the same transaction', async () => {
    const admin = await makeUser('admin');
    expect((await saveSettings(admin.id, { name: 'Wire', timeZone: 'Europe/Madrid' }, undefined, { name: 'Meridian Wire', timeZone: 'UTC' })).changed).toEqual(['name', 'timeZone']);
    expect((await saveSettings(admin.id, { name: 'Wire', timeZone: 'Europe/Lisbon' })).changed).toEqual(['timeZone']);
    expect((await saveSettings(admin.id, { name: 'Wire' })).changed).toEqual([]);
    expect(await readSettings()).toMatchObject({ name: 'Wire', timeZone: 'Europe/Lisbon' });
    const rows = await db.select().from(auditLog).where(eq(auditLog.action, 'settings.update'));
    expect(rows.map((r) => r.details)).toEqual([
      { changed: ['name', 'timeZone'], changes: [{ key: 'name', from: 'Meridian Wire', to: 'Wire' }, { key: 'timeZone', from: 'UTC', to: 'Europe/Madrid' }] },
      // Without what readers saw, the stored value is the "before".
      { changed: ['timeZone'], changes: [{ key: 'timeZone', from: 'Europe/Madrid', to: 'Europe/Lisbon' }] },
    ]);
  });

  it('a save from a form loaded before another save is refused and changes nothing', async () => {
    const admin = await makeUser('admin');
    const loaded = await readSettingsVersion();
    expect(await saveSettings(admin.id, { tagline: 'First writer' }, loaded)).toEqual({ changed: ['tagline'], stale: false });
    expect(await readSettingsVersion()).toBe(loaded + 1);
    expect(await saveSettings(admin.id, { tagline: 'Second writer' }, loaded)).toEqual({ changed: [], stale: true });
    expect((await readSettings()).tagline).toBe('First writer');
    // The version is bookkeeping, not a setting.
    expect(Object.keys(await readSettings())).not.toContain('_version');
  });

  it('falls back to the environment defaults for missing or invalid stored values', async () => {
    const merged = mergeSettings({ name: 'Wire', timeZone: 'Mars/Base', locale: 'es-es', logoUrl: 'javascript:alert(1)' });
    expect(merged).toMatchObject({ name: 'Wire', timeZone: 'UTC', locale: 'es-ES', logoUrl: null, tagline: expect.any(String) });
  });
});
