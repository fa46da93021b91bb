import { z } from 'zod';
import { NOTE_KINDS } from '@/lib/domain';
import { MAX_BODY_CHARS } from '@/lib/request-limits';
import { zonedInputToUtc } from '@/lib/time-zone';
import { refineWireFields, wireFieldsShape, wireFormValues } from '@/lib/validation/wire';

export const STORY_INTENTS = ['save', 'autosave', 'submit', 'publish', 'schedule', 'unpublish'] as const;
export type StoryIntent = (typeof STORY_INTENTS)[number];

const YEAR = 365 * 24 * 3_600_000;

/** A URL slug from any headline: ASCII lowercase words joined by hyphens, at most 120 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
}

const text = (max: number, label: string) => z.string().trim().max(max, `${label} must be at most ${max} characters.`);
const optionalText = (max: number, label: string) =>
  text(max, label).transform((v) => (v === '' ? null : v));
const id = z.coerce.number().int().positive();
const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'Enter a full web address starting with https://.')
  .transform((v) => (v === '' ? null : v));

/** True when a story body has any text or media (an editor's empty paragraph is not content). */
export function bodyHasContent(html: string): boolean {
  if (/<(?:img|iframe|video|audio)\b/i.test(html)) return true;
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;|&#160;/g, ' ').trim() !== '';
}

const OWN_IMAGE = /^\/(?:media|images)\/(?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(?:webp|jpe?g|png|avif|gif)$/;

/**
 * When to publish: a datetime-local value is a wall-clock time in the site's zone (whatever zone
 * the browser is in); a full ISO time with an offset (a script's) is taken as it is.
 */
function publishAtField(timeZone: string) {
  return z
    .string()
    .trim()
    .default('')
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

/**
 * What the story form sends; `now` bounds the schedule date (not in the past, not years ahead),
 * `timeZone` (the site's) is the zone "Publish at" is typed in. Headline, section, byline, body
 * and alt text may be missing from a draft: lib/workflow.ts asks for them when the story goes to
 * review or to readers (issue 13: autosave never loses a draft for want of a section).
 */
export function storyFormSchema(now: number = Date.now(), timeZone = 'UTC') {
  return z
    .object({
      intent: z.enum(STORY_INTENTS),
      version: z.coerce.number().int().min(0).default(0),
      headline: text(200, 'Headline'),
      dek: text(400, 'Summary'),
      body: z.string().max(MAX_BODY_CHARS, `The story body is too long (at most ${MAX_BODY_CHARS.toLocaleString('en-GB')} characters).`),
      sectionId: z.union([z.literal('').transform(() => null), z.coerce.number({ error: 'Pick a section from the list.' }).int().positive('Pick a section from the list.')]),
      slug: z
        .string()
        .trim()
        .max(120, 'Slug must be at most 120 characters.')
        .refine((v) => v === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), 'Use lowercase letters, digits and single hyphens only.'),
      tagIds: z.array(id).max(20, 'At most 20 tags.').default([]),
      newTags: text(300, 'New tags'),
      authorIds: z.array(id).max(6, 'At most 6 bylines.').default([]),
      heroImageUrl: z
        .string()
        .trim()
        .max(500)
        // Only our own files: uploads (/media/…, what the upload route returns) and the bundled
        // /images/…. An address on another site would be hot-linked to every reader and the API.
        .refine((v) => v === '' || OWN_IMAGE.test(v), 'Use an image uploaded here: images from other sites are not allowed. Upload the image instead.')
        .transform((v) => (v === '' ? null : v)),
      heroImageAlt: text(300, 'Alt text'),
      heroImageCaption: text(500, 'Caption'),
      heroImageCredit: text(200, 'Credit'),
      sourceName: optionalText(200, 'Source name'),
      sourceUrl: httpUrl,
      seoTitle: optionalText(120, 'SEO title'),
      seoDescription: optionalText(300, 'SEO description'),
      correctionNote: optionalText(1000, 'Note'),
      publishAt: publishAtField(timeZone),
      changeKind: z.enum(['substantive', 'minor']).optional(),
      ...wireFieldsShape(timeZone),
    })
    .superRefine((v, ctx) => {
      refineWireFields(v, ctx, now);
      if (v.headline === '' && !bodyHasContent(v.body)) {
        ctx.addIssue({ code: 'custom', path: ['headline'], message: 'Write a headline or start the story: there is nothing to save yet.' });
      }
      if (v.sourceUrl && !v.sourceName) {
        ctx.addIssue({ code: 'custom', path: ['sourceName'], message: 'Name the source the link points to.' });
      }
      if (v.intent === 'schedule') {
        if (!v.publishAt) ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'Pick the date and time to publish.' });
        else if (v.publishAt.getTime() < now - 60_000)
          ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'That time has passed. Pick a time in the future.' });
        else if (v.publishAt.getTime() > now + YEAR)
          ctx.addIssue({ code: 'custom', path: ['publishAt'], message: 'Pick a time within the next twelve months.' });
      }
    });
}

export type StoryFormInput = z.infer<ReturnType<typeof storyFormSchema>>;

/** Reads the story form's FormData into the plain object `storyFormSchema` expects. */
export function storyFormValues(formData: FormData) {
  const str = (k: string) => {
    const v = formData.get(k);
    return typeof v === 'string' ? v : '';
  };
  const authorIds = formData
    .getAll('authorIds')
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .filter((v, i, all) => all.indexOf(v) === i);
  return {
    intent: str('intent') || 'save',
    version: str('version') || '0',
    headline: str('headline'),
    dek: str('dek'),
    body: str('body'),
    sectionId: str('sectionId'),
    slug: str('slug'),
    tagIds: formData.getAll('tagIds').filter((v): v is string => typeof v === 'string' && v !== ''),
    newTags: str('newTags'),
    authorIds,
    heroImageUrl: str('heroImageUrl'),
    heroImageAlt: str('heroImageAlt'),
    heroImageCaption: str('heroImageCaption'),
    heroImageCredit: str('heroImageCredit'),
    sourceName: str('sourceName'),
    sourceUrl: str('sourceUrl'),
    seoTitle: str('seoTitle'),
    seoDescription: str('seoDescription'),
    correctionNote: str('correctionNote'),
    publishAt: str('publishAt'),
    changeKind: str('changeKind') || undefined,
    ...wireFormValues(formData),
  };
}

/** Comma-separated new tag names, trimmed, deduplicated, each a usable slug. */
export function parseNewTags(value: string): { name: string; slug: string }[] {
  const seen = new Set<string>();
  const out: { name: string; slug: string }[] = [];
  for (const raw of value.split(',')) {
    const name = raw.trim().slice(0, 60);
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    out.push({ name, slug });
  }
  return out;
}

export const noteFormSchema = z.object({
  kind: z.enum(NOTE_KINDS, { error: 'Pick the kind of note.' }),
  body: z.string().trim().min(1, 'Write the note readers will see.').max(1000, 'At most 1,000 characters.'),
});

/** Field name → messages, the shape every form in the newsroom shows beside its fields. */
export type FieldErrors = Record<string, string[]>;

/** The key of errors that belong to no one field (shown with the form's message). */
export const FORM_ERROR = 'form';

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? FORM_ERROR);
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
