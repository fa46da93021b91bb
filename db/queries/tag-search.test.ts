import { describe, expect, it } from 'vitest';
import { makeTag } from '@/test/factories';
import { existingTagSlugs, searchTags, tagsByIds } from './tag-search';

describe('the editor’s tag picker', () => {
  it('finds tags by any part of the name, any case, prefix matches first, a page at a time', async () => {
    for (let i = 0; i < 30; i++) await makeTag({ name: `Energy ${String(i).padStart(2, '0')}`, slug: `energy-${i}` });
    const renewable = await makeTag({ name: 'Renewable energy', slug: 'renewable-energy' });
    await makeTag({ name: '50%_off', slug: 'fifty-off' });
    const found = await searchTags('ENERGY', 20);
    expect(found).toHaveLength(20);
    expect(found[0]!.name).toBe('Energy 00');
    expect((await searchTags('newable e')).map((t) => t.id)).toEqual([renewable.id]);
    // LIKE wildcards in the query are plain characters.
    expect((await searchTags('%_')).map((t) => t.name)).toEqual(['50%_off']);
    expect(await searchTags('   ')).toEqual([]);
    expect(await searchTags('no such tag')).toEqual([]);
  });

  it('names the tags a story has and tells which slugs exist', async () => {
    const a = await makeTag({ name: 'Zebra', slug: 'zebra-tag' });
    const b = await makeTag({ name: 'Aardvark', slug: 'aardvark-tag' });
    expect(await tagsByIds([a.id, b.id])).toEqual([
      { id: b.id, name: 'Aardvark' },
      { id: a.id, name: 'Zebra' },
    ]);
    expect(await tagsByIds([])).toEqual([]);
    expect(await existingTagSlugs(['zebra-tag', 'not-a-tag'])).toEqual(new Map([['zebra-tag', a.id]]));
  });
});
