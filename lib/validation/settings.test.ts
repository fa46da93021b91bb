import { describe, expect, it } from 'vitest';
import { isDateLanguage, isTimeZone, settingsSchema } from './settings';

const valid = { name: 'Wire', tagline: '', url: 'https://news.example.org/', timeZone: 'Europe/Madrid', locale: 'es-es', footerText: 'About us.' };

describe('settings validation', () => {
  it('accepts IANA zones and BCP 47 tags, canonicalising them', () => {
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('America/Caracas')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isDateLanguage('pt-BR')).toBe(true);
    expect(isDateLanguage('not a tag')).toBe(false);
    const parsed = settingsSchema.safeParse(valid);
    expect(parsed.success && parsed.data).toMatchObject({ url: 'https://news.example.org', locale: 'es-ES' });
  });

  it('refuses markup, a URL with a path and an empty name', () => {
    const parsed = settingsSchema.safeParse({ ...valid, name: ' ', url: 'https://x.org/news', footerText: '<script>alert(1)</script>' });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(['name', 'url', 'footerText']));
  });
});
