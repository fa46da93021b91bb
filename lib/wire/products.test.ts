import { describe, expect, it } from 'vitest';
import { sampleItem } from './fixtures';
import { clientAllows, languageMatches, productAllows, type Product } from './products';

const NOW = Date.parse('2026-01-20T12:00:00Z');
const any: Product = { sectionIds: [], topicQcodes: [], languages: [], minUrgency: 9, embargoed: false };
const item = sampleItem({ section: { id: 7, slug: 'energy', name: 'Energy' }, mediaTopics: [{ qcode: 'medtop:20000344', label: 'energy industry' }], language: 'en-GB', urgency: 3 });
const embargoed = sampleItem({ embargoedUntil: new Date(NOW + 60_000) });
const lifted = sampleItem({ embargoedUntil: new Date(NOW - 60_000) });

describe('product filters', () => {
  it.each<[string, Partial<Product>, typeof item, boolean]>([
    ['an empty product takes everything', {}, item, true],
    ['its section', { sectionIds: [7, 8] }, item, true],
    ['another section', { sectionIds: [8] }, item, false],
    ['one of its Media Topics', { topicQcodes: ['medtop:20000344'] }, item, true],
    ['another Media Topic', { topicQcodes: ['medtop:04000000'] }, item, false],
    ['its language exactly', { languages: ['en-GB'] }, item, true],
    ['its primary language', { languages: ['en'] }, item, true],
    ['another regional variant', { languages: ['en-US'] }, item, false],
    ['another language', { languages: ['es'] }, item, false],
    ['urgency 3 in a product down to 3', { minUrgency: 3 }, item, true],
    ['urgency 3 in a flashes-only product (1–2)', { minUrgency: 2 }, item, false],
    ['embargoed, product not entitled', {}, embargoed, false],
    ['embargoed, product entitled', { embargoed: true }, embargoed, true],
    ['embargo lifted, product not entitled', {}, lifted, true],
    ['section and topic must both match', { sectionIds: [7], topicQcodes: ['medtop:04000000'] }, item, false],
  ])('%s', (_name, product, subject, expected) => {
    expect(productAllows({ ...any, ...product }, subject, NOW)).toBe(expected);
  });

  it('a client takes an item when any of its products does, and nothing without products', () => {
    expect(clientAllows([{ ...any, sectionIds: [8] }, { ...any, topicQcodes: ['medtop:20000344'] }], item, NOW)).toBe(true);
    expect(clientAllows([{ ...any, sectionIds: [8] }], item, NOW)).toBe(false);
    expect(clientAllows([], item, NOW)).toBe(false);
  });

  it('language tags compare case-insensitively and only on subtag boundaries', () => {
    expect(languageMatches('EN', 'en-gb')).toBe(true);
    expect(languageMatches('e', 'en-GB')).toBe(false);
  });
});
