import { z } from 'zod';
import { DEFAULT_URGENCY, WIRE_GENRES, type WireGenre } from '@/lib/domain';
import { zonedInputToUtc } from '@/lib/time-zone';
import { mediaTopic } from '@/lib/wire/media-topics';

// The story form's wire fields (issue 12): what clients receive beside the story. Flat fields of
// the story form, each optional so that a form without the wire panel (a script, an older form)
// leaves the story's wire metadata as it is: the panel sends `wireFields=1` with them.

const YEAR = 365 * 24 * 3_600_000;

/** The wire metadata as the data layer stores it. */
export type WireFields = {
  slugline: string;
  urgency: number;
  dateline: string;
  language: string | null;
  genre: WireGenre;
  mediaTopics: string[];
  usageTerms: string;
  copyrightHolder: string | null;
  copyrightNotice: string | null;
  ednote: string;
  embargoUntil: Date | null;
  embargoNote: string;
};

export const WIRE_DEFAULTS: WireFields = {
  slugline: '',
  urgency: DEFAULT_URGENCY,
  dateline: '',
  language: null,
  genre: 'news',
  mediaTopics: [],
  usageTerms: '',
  copyrightHolder: null,
  copyrightNotice: null,
  ednote: '',
  embargoUntil: null,
  embargoNote: '',
};

const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters.`);
const optionalText = (max: number, label: string) => text(max, label).transform((v) => (v === '' ? null : v));

/** "VENEZUELA-RUSSIA/": upper case (typed any case), letters, digits, hyphens, slashes and spaces. */
export const SLUGLINE = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\-/ ]*$/u;

/** A BCP 47 tag in its canonical spelling, or null when it is not one. */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

function zonedTime(timeZone: string) {
  return z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null;
      const ms = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(v) ? Date.parse(v) : (zonedInputToUtc(v, timeZone) ?? Number.NaN);
      if (Number.isNaN(ms)) {
        ctx.addIssue({ code: 'custom', message: 'Enter a valid date and time.' });
        return z.NEVER;
      }
      return new Date(ms);
    });
}

/** The wire fields of the story form; `timeZone` (the site's) is the zone the embargo is typed in. */
export function wireFieldsShape(timeZone: string) {
  return {
    wireFields: z.literal('1').optional(),
    slugline: text(40, 'Slugline')
      .transform((v) => v.toUpperCase().replace(/\s+/g, ' '))
      .refine((v) => v === '' || SLUGLINE.test(v), 'Use letters, digits, hyphens and slashes, e.g. VENEZUELA-RUSSIA/.')
      .optional(),
    urgency: z
      .union([
        z.literal('').transform(() => DEFAULT_URGENCY),
        z.coerce
          .number({ error: 'Urgency is a number from 1 (flash) to 9.' })
          .int('Urgency is a whole number from 1 (flash) to 9.')
          .min(1, 'Urgency is at least 1 (flash).')
          .max(9, 'Urgency is at most 9.'),
      ])
      .optional(),
    dateline: text(60, 'Dateline')
      .refine((v) => !/[<>]/.test(v), 'Name the place only, e.g. Caracas.')
      .optional(),
    language: z
      .string()
      .trim()
      .max(35, 'Use a language tag such as en-GB or es.')
      .transform((v, ctx) => {
        if (v === '') return null;
        const tag = canonicalLanguage(v);
        if (!tag) {
          ctx.addIssue({ code: 'custom', message: 'Use a language tag such as en-GB, es or pt-BR (BCP 47).' });
          return z.NEVER;
        }
        return tag;
      })
      .optional(),
    genre: z.union([z.literal('').transform((): WireGenre => 'news'), z.enum(WIRE_GENRES, { error: 'Pick a genre from the list.' })]).optional(),
    mediaTopics: z
      .array(z.string().refine((q) => mediaTopic(q) !== undefined, 'Pick Media Topics from the list.'))
      .max(10, 'At most 10 Media Topics.')
      .transform((list) => [...new Set(list)])
      .optional(),
    usageTerms: text(500, 'Usage terms').optional(),
    copyrightHolder: optionalText(200, 'Copyright holder').optional(),
    copyrightNotice: optionalText(300, 'Copyright notice').optional(),
    ednote: text(1000, 'Note to client editors').optional(),
    embargoAt: zonedTime(timeZone).optional(),
    embargoNote: text(300, 'Embargo note').optional(),
  };
}

type WireShapeOutput = { [K in keyof ReturnType<typeof wireFieldsShape>]: z.infer<ReturnType<typeof wireFieldsShape>[K]> };

/**
 * The refusals that depend on the intent and the time: an embargo is set when the story goes out
 * (publish), must lie ahead, within a year, and does not combine with a schedule.
 */
export function refineWireFields(v: Partial<WireShapeOutput> & { intent: string }, ctx: z.RefinementCtx, now: number) {
  const at = v.embargoAt;
  if (!at) {
    if (v.embargoNote) ctx.addIssue({ code: 'custom', path: ['embargoAt'], message: 'Set the embargo time the note is about, or clear the note.' });
    return;
  }
  if (v.intent === 'schedule')
    ctx.addIssue({ code: 'custom', path: ['embargoAt'], message: 'A story goes out either under an embargo or on a schedule. Clear one of them.' });
  else if (v.intent === 'publish' && at.getTime() <= now)
    ctx.addIssue({ code: 'custom', path: ['embargoAt'], message: 'That embargo time has passed. Pick a time in the future, or clear the embargo to publish now.' });
  else if (at.getTime() > now + YEAR) ctx.addIssue({ code: 'custom', path: ['embargoAt'], message: 'Pick an embargo within the next twelve months.' });
}

/** The wire metadata the form sent, or undefined when it had no wire panel (keep what is stored). */
export function wireFieldsOf(v: Partial<WireShapeOutput>): WireFields | undefined {
  if (v.wireFields !== '1') return undefined;
  return {
    slugline: v.slugline ?? '',
    urgency: v.urgency ?? DEFAULT_URGENCY,
    dateline: v.dateline ?? '',
    language: v.language ?? null,
    genre: v.genre ?? 'news',
    mediaTopics: v.mediaTopics ?? [],
    usageTerms: v.usageTerms ?? '',
    copyrightHolder: v.copyrightHolder ?? null,
    copyrightNotice: v.copyrightNotice ?? null,
    ednote: v.ednote ?? '',
    embargoUntil: v.embargoAt ?? null,
    embargoNote: v.embargoNote ?? '',
  };
}

/** Reads the wire panel's fields from the story form's FormData (nothing when it has none). */
export function wireFormValues(formData: FormData): Record<string, unknown> {
  if (formData.get('wireFields') !== '1') return {};
  const str = (k: string) => {
    const v = formData.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    wireFields: '1',
    slugline: str('slugline'),
    urgency: str('urgency'),
    dateline: str('dateline'),
    language: str('language'),
    genre: str('genre'),
    mediaTopics: formData.getAll('mediaTopics').filter((v): v is string => typeof v === 'string' && v !== ''),
    usageTerms: str('usageTerms'),
    copyrightHolder: str('copyrightHolder'),
    copyrightNotice: str('copyrightNotice'),
    ednote: str('ednote'),
    embargoAt: str('embargoAt'),
    embargoNote: str('embargoNote'),
  };
}

/** The kill form: the reason is required, for the record and for the clients who took the story. */
export const killFormSchema = z.object({
  id: z.coerce.number().int().positive(),
  reason: z.string().trim().min(1, 'Give the reason for the kill: clients receive it with the withdrawal.').max(1000, 'At most 1,000 characters.'),
});

export const liftEmbargoSchema = z.object({ id: z.coerce.number().int().positive() });
