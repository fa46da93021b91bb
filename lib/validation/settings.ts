import { z } from 'zod';

/** IANA zones this runtime knows ('UTC' is valid everywhere but not always listed). */
export function isTimeZone(value: string): boolean {
  return value === 'UTC' || Intl.supportedValuesOf('timeZone').includes(value);
}

/** A well-formed BCP 47 tag that the date formatter supports (en-GB, es, pt-BR…). */
export function isDateLanguage(value: string): boolean {
  try {
    const [canonical] = Intl.getCanonicalLocales(value);
    return !!canonical && Intl.DateTimeFormat.supportedLocalesOf([canonical]).length === 1;
  } catch {
    return false;
  }
}

const plain = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .refine((v) => !/<\s*\/?\s*[a-z!?]/i.test(v), `The ${label} is plain text: remove the HTML tags.`);

/** Everything an admin may set on /admin/settings; the logo arrives separately as an upload. */
export const settingsSchema = z.object({
  name: plain(80, 'site name').pipe(z.string().min(1, 'Enter the site name.')),
  tagline: plain(160, 'tagline'),
  url: z
    .string()
    .trim()
    .max(200)
    .refine((v) => {
      try {
        const u = new URL(v);
        return /^https?:$/.test(u.protocol) && (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash;
      } catch {
        return false;
      }
    }, 'Enter the site’s address, like https://news.example.org (no path).')
    .transform((v) => v.replace(/\/$/, '')),
  timeZone: z.string().trim().refine(isTimeZone, 'Pick a time zone from the list, like Europe/Madrid.'),
  locale: z
    .string()
    .trim()
    .refine(isDateLanguage, 'Enter a language tag such as en-GB, es-ES or fr.')
    .transform((v) => Intl.getCanonicalLocales(v)[0]!),
  footerText: plain(1000, 'footer text'),
});
export type SettingsInput = z.infer<typeof settingsSchema>;
export const SETTING_KEYS = ['name', 'tagline', 'url', 'timeZone', 'locale', 'footerText', 'logoUrl'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
