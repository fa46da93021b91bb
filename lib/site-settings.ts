import 'server-only';
import { connection } from 'next/server';
import { cache } from 'react';
import { readSettings } from '@/db/queries/settings';
import { env } from '@/lib/env';
import { settingsSchema } from '@/lib/validation/settings';

export type SiteSettings = {
  name: string;
  tagline: string;
  url: string;
  timeZone: string;
  locale: string;
  footerText: string;
  logoUrl: string | null;
};

/** The environment's identity of the site; admin settings (site_settings) override it. */
export const siteDefaults = {
  name: 'Meridian Wire',
  tagline: 'Independent news agency: world, politics, business and energy',
  url: env.SITE_URL.replace(/\/$/, ''),
  timeZone: env.SITE_TIME_ZONE,
  locale: 'en-GB',
};

/** The environment's values, used for any setting an admin has not set (or set to something invalid). */
export const defaultSettings: SiteSettings = { ...siteDefaults, footerText: '', logoUrl: null };

/** Stored settings over the defaults; a stored value that no longer validates falls back. */
export function mergeSettings(stored: Record<string, string>): SiteSettings {
  const out: SiteSettings = { ...defaultSettings };
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (stored[key] === undefined) continue;
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  if (stored.logoUrl && /^\/media\/[\w/.-]+$/.test(stored.logoUrl)) out.logoUrl = stored.logoUrl;
  return out;
}

/**
 * The site's settings (name, URL, time zone, locale…): the admin's over the environment's, read
 * from the database for each request (one indexed read of a tiny table, shared by the components
 * of one render), so absolute URLs and names follow SITE_URL and the settings from the first
 * request after a start. `connection()` keeps every page that shows them out of build-time
 * prerendering: what the build saw is never served.
 */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  await connection();
  return mergeSettings(await readSettings());
});
