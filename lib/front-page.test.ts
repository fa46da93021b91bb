import { describe, expect, it } from 'vitest';
import { arrangeFront, frontCapacity, frontSectionId, HOME_FRONT, sectionFront, TOP_STORIES } from './front-page';

describe('arranging a front', () => {
  it.each([
    ['lead on an empty front', [], 'lead', 5, 3, [5]],
    ['lead pushes the others down', [1, 2], 'lead', 5, 3, [5, 1, 2]],
    ['lead moves a pinned story first', [1, 2, 5], 'lead', 5, 3, [5, 1, 2]],
    ['top adds after the others', [1, 2], 'top', 5, 3, [1, 2, 5]],
    ['top keeps a pinned story where it is', [1, 5, 2], 'top', 5, 3, [1, 5, 2]],
    ['up swaps with the one above', [1, 2, 5], 'up', 5, 3, [1, 5, 2]],
    ['up from the first top story makes it the lead', [1, 5], 'up', 5, 3, [5, 1]],
    ['up from the lead changes nothing', [5, 1], 'up', 5, 3, [5, 1]],
    ['down swaps with the one below', [5, 1, 2], 'down', 5, 3, [1, 5, 2]],
    ['down from the last changes nothing', [1, 5], 'down', 5, 3, [1, 5]],
    ['unpin closes the gap', [1, 5, 2], 'unpin', 5, 3, [1, 2]],
  ] as const)('%s', (_, slots, change, id, capacity, expected) => {
    expect(arrangeFront(slots, change, id, capacity)).toEqual({ ok: true, slots: expected });
  });

  it('refuses a new pin on a full front and changes to stories no longer pinned', () => {
    expect(arrangeFront([1, 2, 3], 'top', 5, 3)).toEqual({ ok: false, error: 'All 3 slots are taken: unpin a story first.' });
    expect(arrangeFront([1], 'lead', 5, 1)).toEqual({ ok: false, error: 'This page has a lead already: unpin it first.' });
    expect(arrangeFront([1], 'unpin', 5, 3).ok).toBe(false);
    expect(arrangeFront([1], 'down', 5, 3).ok).toBe(false);
  });

  it('holds a lead and the top stories on the home page, a lead alone on a section', () => {
    expect(frontCapacity(HOME_FRONT)).toBe(1 + TOP_STORIES);
    expect(frontCapacity(sectionFront(4))).toBe(1);
    expect(frontSectionId(sectionFront(4))).toBe(4);
    expect(frontSectionId(HOME_FRONT)).toBeNull();
  });
});
