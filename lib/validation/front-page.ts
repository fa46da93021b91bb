import { z } from 'zod';
import { FRONT_CHANGES, type FrontScope } from '@/lib/front-page';
import { zonedInputToUtc } from '@/lib/time-zone';

const scope = z
  .string()
  .regex(/^(home|section:[1-9]\d{0,9})$/, 'Reload the page and try again.')
  .transform((v) => v as FrontScope);

/** One change to a front: which page, what to do, to which story (ids re-checked by the data layer). */
export const frontChangeSchema = z.object({
  scope,
  change: z.enum(FRONT_CHANGES, { error: 'Reload the page and try again.' }),
  storyId: z.coerce.number({ error: 'Pick a story.' }).int().positive('Pick a story.'),
});

/** A banner link: a full http(s) address or a path on this site ("/politics"), never `//host` or `javascript:`. */
function isBannerLink(v: string): boolean {
  if (v.startsWith('/')) return !v.startsWith('//') && !v.startsWith('/\\') && !/\s/.test(v);
  try {
    const url = new URL(v);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The breaking-news banner's fields as typed: its text, an optional link and the expiry's wall-clock time. */
export const bannerFieldsSchema = z.object({
  text: z.string().trim().min(1, 'Enter the banner text.').max(160, 'At most 160 characters: a banner is one line.'),
  link: z
    .string()
    .trim()
    .max(500, 'At most 500 characters.')
    .refine((v) => v === '' || isBannerLink(v), 'Enter a full address starting with https:// or a path on this site starting with /.'),
  expiresAt: z.string().trim().min(1, 'Pick when the banner comes down.'),
});

/**
 * The expiry typed as a wall-clock time in the site's zone, as an instant; an expiry already past
 * is refused (the site's zone is only known once settings are read, after the form is parsed).
 */
export function bannerExpiry(value: string, timeZone: string, now = Date.now()): { ok: true; at: number } | { ok: false; error: string } {
  const at = zonedInputToUtc(value, timeZone);
  if (at === null) return { ok: false, error: 'Enter a date and time.' };
  if (at <= now) return { ok: false, error: 'That time has passed. Pick a time in the future.' };
  return { ok: true, at };
}
