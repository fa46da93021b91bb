import { describe, expect, it, vi } from 'vitest';
import { saveSettings } from '@/db/queries/settings';
import { getSiteSettings, siteDefaults } from '@/lib/site-settings';
import { makeUser } from '@/test/factories';

// Outside a request Next refuses connection(); here each call is a request of its own.
vi.mock('next/server', () => ({ connection: async () => {} }));

describe('site settings', () => {
  it('follow the admin’s settings at once, and keep defaults for what is unset or invalid', async () => {
    expect((await getSiteSettings()).name).toBe(siteDefaults.name);
    const admin = await makeUser('admin');
    await saveSettings(admin.id, { name: 'Agencia Meridiano', url: 'https://news.example.org', timeZone: 'America/Caracas', locale: 'not a locale!' });
    const site = await getSiteSettings();
    expect(site.name).toBe('Agencia Meridiano');
    expect(site.url).toBe('https://news.example.org');
    expect(site.timeZone).toBe('America/Caracas');
    expect(site.locale).toBe(siteDefaults.locale);
    expect(site.tagline).toBe(siteDefaults.tagline);
  });
});
