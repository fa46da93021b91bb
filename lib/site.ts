import 'server-only';
import { readSettings } from '@/db/queries/settings';
import { mergeSettings, siteDefaults } from '@/lib/site-settings';

export { siteDefaults };

type Identity = typeof siteDefaults;
const MEMO_MS = 1000;
let memo: { at: number; value: Identity } | null = null;

function current(): Identity {
  const now = Date.now();
  if (memo && now - memo.at < MEMO_MS) return memo.value;
  let value: Identity = siteDefaults;
  try {
    const { name, tagline, url, timeZone, locale } = mergeSettings(readSettings());
    value = { name, tagline, url, timeZone, locale };
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
