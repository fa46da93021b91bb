import 'server-only';
import { readSettings } from '@/db/queries/settings';
import { env } from '@/lib/env';
import { settingsSchema } from '@/lib/validation/settings';

/** The environment's identity of the site; admin settings (site_settings) override it. */
export const siteDefaults = {
  name: 'Meridian Wire',
  tagline: 'Independent news agency: world, politics, business and energy',
  url: env.SITE_URL.replace(/\/$/, ''),
  timeZone: env.SITE_TIME_ZONE,
  locale: 'en-GB',
};

type Identity = typeof siteDefaults;
const MEMO_MS = 1000;
let memo: { at: number; value: Identity } | null = null;

function current(): Identity {
  const now = Date.now();
  if (memo && now - memo.at < MEMO_MS) return memo.value;
  let value: Identity = siteDefaults;
  try {
    const stored = readSettings();
    const out = { ...siteDefaults };
    for (const key of Object.keys(siteDefaults) as (keyof Identity)[]) {
      const field = settingsSchema.shape[key as keyof typeof settingsSchema.shape];
      if (stored[key] === undefined || !field) continue;
      const parsed = field.safeParse(stored[key]);
      if (parsed.success && typeof parsed.data === 'string') out[key] = key === 'url' ? parsed.data.replace(/\/$/, '') : parsed.data;
    }
    value = out;
  } catch {
    // No database yet (a build before migrations) or a broken one: the environment's values.
  }
  memo = { at: now, value };
  return value;
}

/**
 * Site identity for feeds, sitemaps, structured data, the API and metadata: the admin's settings
 * over the environment's defaults, re-read at most once a second (one indexed read of a tiny
 * table), so every caller, sync or not, follows a settings change.
 */
export const site: Identity = {
  get name() {
    return current().name;
  },
  get tagline() {
    return current().tagline;
  },
  get url() {
    return current().url;
  },
  get timeZone() {
    return current().timeZone;
  },
  get locale() {
    return current().locale;
  },
};
