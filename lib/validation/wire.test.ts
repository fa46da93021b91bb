import { describe, expect, it } from 'vitest';
import { fieldErrors, storyFormSchema } from './story';
import { killFormSchema, WIRE_DEFAULTS, wireFieldsOf } from './wire';

const NOW = Date.UTC(2026, 4, 1, 12);
const base = { intent: 'publish', version: '3', headline: 'A headline', dek: '', body: '<p>Text</p>', sectionId: '1', slug: '', tagIds: [], newTags: '', authorIds: [], heroImageUrl: '', heroImageAlt: '', heroImageCaption: '', heroImageCredit: '', sourceName: '', sourceUrl: '', seoTitle: '', seoDescription: '', correctionNote: '', publishAt: '' };
const panel = { wireFields: '1', slugline: '', urgency: '', dateline: '', language: '', genre: '', mediaTopics: [], usageTerms: '', copyrightHolder: '', copyrightNotice: '', ednote: '', embargoAt: '', embargoNote: '' };

function parse(overrides: Record<string, unknown>, timeZone = 'UTC') {
  return storyFormSchema(NOW, timeZone).safeParse({ ...base, ...panel, ...overrides });
}
const errorsFor = (overrides: Record<string, unknown>) => {
  const r = parse(overrides);
  return r.success ? {} : fieldErrors(r.error);
};

describe('the story form’s wire fields', () => {
  it('default to a normal story in the site’s language with no embargo', () => {
    const r = parse({});
    expect(r.success).toBe(true);
    expect(wireFieldsOf(r.data!)).toEqual(WIRE_DEFAULTS);
    expect(WIRE_DEFAULTS).toMatchObject({ urgency: 3, genre: 'news', language: null, embargoUntil: null });
  });

  it('are left alone when the form has no wire panel', () => {
    const r = storyFormSchema(NOW).safeParse(base);
    expect(r.success && wireFieldsOf(r.data)).toBeUndefined();
  });

  it('take a slugline in capitals, a canonical language tag, Media Topics and an embargo in the site’s zone', () => {
    const r = parse({ slugline: 'venezuela-russia/', urgency: '1', language: 'es-ve', genre: 'analysis', mediaTopics: ['medtop:11000000', 'medtop:11000000'], embargoAt: '2026-05-01T15:30' }, 'Europe/Madrid');
    expect(r.success).toBe(true);
    expect(wireFieldsOf(r.data!)).toMatchObject({ slugline: 'VENEZUELA-RUSSIA/', urgency: 1, language: 'es-VE', genre: 'analysis', mediaTopics: ['medtop:11000000'], embargoUntil: new Date(Date.UTC(2026, 4, 1, 13, 30)) });
  });

  it.each([
    [{ urgency: '0' }, 'urgency'],
    [{ urgency: '10' }, 'urgency'],
    [{ urgency: '2.5' }, 'urgency'],
    [{ urgency: 'flash' }, 'urgency'],
    [{ slugline: 'OIL<script>' }, 'slugline'],
    [{ slugline: 'X'.repeat(41) }, 'slugline'],
    [{ language: 'not a language' }, 'language'],
    [{ genre: 'gossip' }, 'genre'],
    [{ mediaTopics: ['medtop:99999999'] }, 'mediaTopics'],
    [{ embargoAt: '2026-05-01T11:00' }, 'embargoAt'],
    [{ embargoAt: '2027-06-01T11:00' }, 'embargoAt'],
    [{ embargoAt: 'tomorrow' }, 'embargoAt'],
    [{ intent: 'schedule', publishAt: '2026-05-02T10:00', embargoAt: '2026-05-02T10:00' }, 'embargoAt'],
    [{ embargoNote: 'Until the minister speaks' }, 'embargoAt'],
    [{ ednote: 'x'.repeat(1001) }, 'ednote'],
  ])('refuses %o with an error beside %s', (overrides, field) => {
    expect(errorsFor(overrides)[field]?.length).toBeGreaterThan(0);
  });

  it('refuses a kill without a reason', () => {
    const r = killFormSchema.safeParse({ id: '4', reason: '   ' });
    expect(r.success ? {} : fieldErrors(r.error)).toEqual({ reason: [expect.stringContaining('reason')] });
    expect(killFormSchema.safeParse({ id: '4', reason: 'Legal' }).success).toBe(true);
  });
});
