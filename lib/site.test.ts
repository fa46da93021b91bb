import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveSettings } from '@/db/queries/settings';
import { site, siteDefaults } from '@/lib/site';
import { makeUser } from '@/test/factories';

describe('site identity', () => {
  afterEach(() => vi.useRealTimers());

  it('follows the admin’s settings for every caller, and keeps defaults for what is unset or invalid', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    expect(site.name).toBe(siteDefaults.name);
    const admin = makeUser('admin');
    saveSettings(admin.id, { name: 'Agencia Meridiano', url: 'https://news.example.org', timeZone: 'America/Caracas', locale: 'not a locale!' });
    vi.setSystemTime(Date.now() + 2000);
    expect(site.name).toBe('Agencia Meridiano');
    expect(site.url).toBe('https://news.example.org');
    expect(site.timeZone).toBe('America/Caracas');
    expect(site.locale).toBe(siteDefaults.locale);
    expect(site.tagline).toBe(siteDefaults.tagline);
  });
});
