import { z } from 'zod';
import type { ProfileLink } from '@/lib/domain';
import { slugParamSchema } from './params';

const MAX_LINKS = 10;

/** A slug as typed in a form; empty means "make one from the name". */
export const slugField = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => v === '' || slugParamSchema.safeParse(v).success, 'Use lowercase letters, digits and single hyphens, like jane-doe (at most 120).');

/** Bios are plain text: anything that looks like markup is refused rather than silently kept. */
export const plainBioSchema = z
  .string()
  .trim()
  .max(1000, 'At most 1,000 characters.')
  .refine((v) => !/<\s*\/?\s*[a-z!?]/i.test(v), 'The bio is plain text: remove the HTML tags (text in < >).');

function defaultLabel(url: URL): string {
  const host = url.hostname.replace(/^www\./, '');
  if (host === 'x.com' || host === 'twitter.com') return 'X';
  if (host.endsWith('linkedin.com')) return 'LinkedIn';
  if (host.endsWith('mastodon.social')) return 'Mastodon';
  if (host.endsWith('bsky.app')) return 'Bluesky';
  return 'Website';
}

/** Profile links typed one per line as `Label | https://…` (or a bare address). */
export const linksSchema = z.string().transform((raw, ctx): ProfileLink[] => {
  const lines = raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > MAX_LINKS) ctx.addIssue({ code: 'custom', message: `At most ${MAX_LINKS} links.` });
  const links: ProfileLink[] = [];
  for (const line of lines.slice(0, MAX_LINKS)) {
    const [first, ...rest] = line.split('|');
    const address = (rest.length ? rest.join('|') : first!).trim();
    let url: URL | null = null;
    try {
      url = new URL(address);
    } catch {}
    if (!url || !/^https?:$/.test(url.protocol)) {
      ctx.addIssue({ code: 'custom', message: `“${line.slice(0, 60)}” is not a web address starting with https://.` });
      continue;
    }
    const label = rest.length ? first!.trim().slice(0, 40) : defaultLabel(url);
    if (/[<>]/.test(label)) ctx.addIssue({ code: 'custom', message: 'Link labels are plain text.' });
    links.push({ label: label || defaultLabel(url), url: url.toString() });
  }
  return links;
});

export function linksToText(links: ProfileLink[]): string {
  return links.map((l) => `${l.label} | ${l.url}`).join('\n');
}

export const authorSchema = z.object({
  name: z.string().trim().min(1, 'Enter the name shown on bylines.').max(120, 'At most 120 characters.'),
  slug: slugField,
  jobTitle: z.string().trim().max(120, 'At most 120 characters.'),
  bio: plainBioSchema,
  links: linksSchema,
  isActive: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
});
export type AuthorFormInput = z.infer<typeof authorSchema>;

export const mergeAuthorSchema = z.object({
  target: z.coerce.number({ error: 'Pick the profile to keep.' }).int().positive('Pick the profile to keep.'),
});
