import { describe, expect, it } from 'vitest';
import { searchParamsSchema } from './search';

describe('searchParamsSchema', () => {
  it('reads plain values', () => {
    expect(searchParamsSchema.parse({ q: 'oil', section: 'energy', author: 'ana-b', page: '2' })).toEqual({
      q: 'oil',
      section: 'energy',
      author: 'ana-b',
      page: 2,
    });
  });

  it('falls back instead of failing', () => {
    const parsed = searchParamsSchema.safeParse({ q: ['a', 'b'], section: '../x', author: ['<b>'], page: '-3' });
    expect(parsed.success && parsed.data).toEqual({ q: 'a', section: undefined, author: undefined, page: 1 });
    expect(searchParamsSchema.parse({})).toEqual({ q: '', section: undefined, author: undefined, page: 1 });
    expect(searchParamsSchema.parse({ q: 'x'.repeat(3_000) }).q).toHaveLength(2_000);
    expect(searchParamsSchema.parse({ page: '99999999' }).page).toBe(1);
  });
});
