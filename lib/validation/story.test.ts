import { describe, expect, it } from 'vitest';
import { fieldErrors, parseNewTags, slugify, storyFormSchema } from './story';

const NOW = Date.UTC(2026, 4, 1, 12);
const base = { intent: 'save', version: '3', headline: 'A headline', dek: '', body: '<p>Text</p>', sectionId: '1', slug: '', tagIds: [], newTags: '', authorIds: [], heroImageUrl: '', heroImageAlt: '', heroImageCaption: '', heroImageCredit: '', sourceName: '', sourceUrl: '', seoTitle: '', seoDescription: '', correctionNote: '', publishAt: '' };

function errorsFor(overrides: Record<string, unknown>) {
  const r = storyFormSchema(NOW).safeParse({ ...base, ...overrides });
  return r.success ? {} : fieldErrors(r.error);
}

describe('storyFormSchema', () => {
  it('accepts a plain draft and coerces numbers', () => {
    const r = storyFormSchema(NOW).safeParse({ ...base, tagIds: ['2', '5'], authorIds: ['7'] });
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ version: 3, sectionId: 1, tagIds: [2, 5], authorIds: [7], sourceName: null });
  });

  it.each([
    [{ headline: '   ', body: '<p></p>' }, 'headline'],
    [{ body: 'x'.repeat(10 * 1024 * 1024) }, 'body'],
    [{ sectionId: 'abc' }, 'sectionId'],
    [{ slug: 'Not A Slug!' }, 'slug'],
    [{ heroImageUrl: 'javascript:alert(1)', heroImageAlt: 'x' }, 'heroImageUrl'],
    [{ sourceUrl: 'javascript:alert(1)', sourceName: 'x' }, 'sourceUrl'],
    [{ intent: 'schedule', publishAt: '' }, 'publishAt'],
    [{ intent: 'schedule', publishAt: '1999-01-01T00:00:00.000Z' }, 'publishAt'],
    [{ intent: 'schedule', publishAt: '9999-12-31T23:59:00.000Z' }, 'publishAt'],
    [{ intent: 'schedule', publishAt: 'soon' }, 'publishAt'],
  ])('refuses %o with an error on %s', (overrides, field) => {
    expect(errorsFor(overrides)[field]?.length).toBeGreaterThan(0);
  });

  it.each(['https://evil.example/pixel.png', 'http://evil.example/a.jpg', '//evil.example/a.jpg', '/media/../../etc/passwd.png', '/media/a/../b.webp', '/api/v1/articles.png'])(
    'refuses a hero image that is not one of our own files: %s',
    (heroImageUrl) => {
      expect(errorsFor({ heroImageUrl, heroImageAlt: 'A pixel' }).heroImageUrl).toEqual([expect.stringContaining('images from other sites are not allowed')]);
    },
  );

  it.each(['/media/2026/05/abc-123.webp', '/images/stories/energy-oil-derricks.jpg'])('accepts our own upload or bundled image: %s', (heroImageUrl) => {
    expect(errorsFor({ heroImageUrl, heroImageAlt: 'A chart' })).toEqual({});
  });

  it('keeps a draft that has only a headline or only body text, with no section or alt text yet', () => {
    expect(storyFormSchema(NOW).safeParse({ ...base, intent: 'autosave', headline: '', sectionId: '' }).data).toMatchObject({ headline: '', sectionId: null });
    expect(errorsFor({ intent: 'autosave', body: '', sectionId: '', heroImageUrl: '/media/2026/05/abc.webp', heroImageAlt: '' })).toEqual({});
  });

  it('reads "Publish at" as a wall-clock time in the site zone, and a full ISO time as it is', () => {
    const parse = (publishAt: string, zone: string) => storyFormSchema(NOW, zone).safeParse({ ...base, intent: 'schedule', publishAt }).data?.publishAt?.toISOString();
    expect(parse('2026-05-01T15:30', 'Europe/London')).toBe('2026-05-01T14:30:00.000Z');
    expect(parse('2026-05-01T15:30', 'America/New_York')).toBe('2026-05-01T19:30:00.000Z');
    expect(parse('2026-05-01T15:30:00.000Z', 'America/New_York')).toBe('2026-05-01T15:30:00.000Z');
  });

  it('puts an error that belongs to no field under the form key', () => {
    const r = storyFormSchema(NOW).safeParse('not an object');
    expect(r.success || Object.keys(fieldErrors(r.error))).toEqual(['form']);
  });

  it('accepts a schedule an hour ahead', () => {
    expect(errorsFor({ intent: 'schedule', publishAt: new Date(NOW + 3_600_000).toISOString() })).toEqual({});
  });

  it('refuses an unknown intent', () => {
    expect(errorsFor({ intent: 'delete-everything' }).intent).toBeDefined();
  });
});

describe('slugs and new tags', () => {
  it('makes ASCII slugs from any headline', () => {
    expect(slugify('  Ça va? Ölpreis steigt — 5 %  ')).toBe('ca-va-olpreis-steigt-5');
    expect(slugify('!!!')).toBe('');
    expect(slugify('a'.repeat(300)).length).toBe(120);
  });

  it('parses comma-separated tag names without duplicates', () => {
    expect(parseNewTags('Oil, oil ,  , Gas prices')).toEqual([
      { name: 'Oil', slug: 'oil' },
      { name: 'Gas prices', slug: 'gas-prices' },
    ]);
  });
});
