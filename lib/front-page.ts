// The rules of an editor-arranged front page, pure so the newsroom screen and the data layer share
// them and a table of cases tests them. A front is an ordered list of story ids: slot 0 is the
// lead, the rest are the top stories. The home page has a lead and TOP_STORIES top stories; a
// section page pins only its lead.

/** Top stories the home page can pin below its lead. */
export const TOP_STORIES = 6;

/** 'home', or a section's own front. */
export type FrontScope = 'home' | `section:${number}`;

export const HOME_FRONT: FrontScope = 'home';

export function sectionFront(sectionId: number): FrontScope {
  return `section:${Math.trunc(sectionId)}`;
}

/** The section id of a section's front, null for the home page. */
export function frontSectionId(scope: FrontScope): number | null {
  return scope === 'home' ? null : Number(scope.slice('section:'.length));
}

/** How many stories a front holds: the lead plus the top stories on the home page, the lead alone on a section. */
export function frontCapacity(scope: FrontScope): number {
  return scope === 'home' ? 1 + TOP_STORIES : 1;
}

export const FRONT_CHANGES = ['lead', 'top', 'up', 'down', 'unpin'] as const;
export type FrontChange = (typeof FRONT_CHANGES)[number];

export type Arranged = { ok: true; slots: number[] } | { ok: false; error: string };

/**
 * The slots after one change. `lead` puts the story first (pushing the others down; a story
 * already pinned moves), `top` adds it after the others, `up`/`down` swap it with its neighbour
 * (moving up from the first top story makes it the lead), `unpin` removes it and closes the gap.
 */
export function arrangeFront(slots: readonly number[], change: FrontChange, storyId: number, capacity: number): Arranged {
  const at = slots.indexOf(storyId);
  const others = slots.filter((id) => id !== storyId);
  switch (change) {
    case 'lead':
    case 'top': {
      if (at === -1 && slots.length >= capacity) {
        return { ok: false, error: capacity === 1 ? 'This page has a lead already: unpin it first.' : `All ${capacity} slots are taken: unpin a story first.` };
      }
      return { ok: true, slots: change === 'lead' ? [storyId, ...others] : at === -1 ? [...slots, storyId] : [...slots] };
    }
    case 'up':
    case 'down': {
      if (at === -1) return { ok: false, error: 'That story is no longer pinned.' };
      const to = change === 'up' ? at - 1 : at + 1;
      if (to < 0 || to >= slots.length) return { ok: true, slots: [...slots] };
      const next = [...slots];
      [next[at], next[to]] = [next[to]!, next[at]!];
      return { ok: true, slots: next };
    }
    case 'unpin':
      return at === -1 ? { ok: false, error: 'That story is no longer pinned.' } : { ok: true, slots: others };
  }
}

/** The slot's name as editors and the audit log say it. */
export function slotName(position: number): string {
  return position === 0 ? 'the lead' : `top story ${position}`;
}
