import { describe, expect, it } from 'vitest';
import { bannerExpiry, bannerFieldsSchema, frontChangeSchema } from './front-page';

const NOW = Date.UTC(2026, 11, 2, 12, 0);
/** The fields the banner form would mark, as the action checks them (fields, then the expiry in the site zone). */
const fieldsAtFault = (over: Record<string, string>) => {
  const r = bannerFieldsSchema.safeParse({ text: 'Polls close', link: '', expiresAt: '2026-12-02T18:00', ...over });
  if (!r.success) return r.error.issues.map((i) => i.path[0]);
  return bannerExpiry(r.data.expiresAt, 'America/New_York', NOW).ok ? [] : ['expiresAt'];
};

describe('the banner form', () => {
  it('reads the expiry in the site zone', () => {
    expect(bannerExpiry('2026-12-02T18:00', 'America/New_York', NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 2, 23, 0) });
    expect(bannerExpiry('2026-12-02T18:00', 'UTC', NOW)).toEqual({ ok: true, at: Date.UTC(2026, 11, 2, 18, 0) });
  });

  it.each([
    [{ text: '  ' }, 'text'],
    [{ link: 'javascript:alert(1)' }, 'link'],
    [{ link: '//evil.example/x' }, 'link'],
    [{ link: 'ftp://example.org' }, 'link'],
    [{ link: 'www.example.org' }, 'link'],
    [{ expiresAt: '' }, 'expiresAt'],
    [{ expiresAt: 'tonight' }, 'expiresAt'],
    // 06:59 in New York is 11:59 UTC: a minute ago.
    [{ expiresAt: '2026-12-02T06:59' }, 'expiresAt'],
  ])('refuses %o beside %s', (over, field) => {
    expect(fieldsAtFault(over)).toEqual([field]);
  });

  it('takes a site path or a full address', () => {
    expect(fieldsAtFault({ link: '/politics/polls-close' })).toEqual([]);
    expect(fieldsAtFault({ link: 'https://example.org/live' })).toEqual([]);
  });
});

describe('a front change', () => {
  it('names a known front and change', () => {
    expect(frontChangeSchema.safeParse({ scope: 'home', change: 'up', storyId: '3' }).success).toBe(true);
    expect(frontChangeSchema.safeParse({ scope: 'section:2', change: 'lead', storyId: '3' }).success).toBe(true);
    expect(frontChangeSchema.safeParse({ scope: 'section:x', change: 'lead', storyId: '3' }).success).toBe(false);
    expect(frontChangeSchema.safeParse({ scope: 'home', change: 'delete', storyId: '3' }).success).toBe(false);
  });
});
