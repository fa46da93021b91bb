import type { Role } from '@/lib/domain';
import { can, type Actor, type StoryResource } from '@/lib/permissions';
import { isReaderFacing } from '@/lib/visibility';

// What the story list's bulk actions may do to each selected story, and why not. Pure, so the
// rules are tested as a table (lib/bulk.test.ts); the action applies them to each story in turn.

export const BULK_OPS = ['unpublish', 'delete', 'move'] as const;
export type BulkOp = (typeof BULK_OPS)[number];

const PERMISSION = { unpublish: 'story:unpublish', delete: 'story:delete', move: 'story:edit' } as const;

const ROLE_NOUN: Record<Role, string> = { contributor: 'a contributor', journalist: 'a journalist', editor: 'an editor', admin: 'an admin' };

const WHAT_ROLE_MAY: Record<BulkOp, Partial<Record<Role, string>>> = {
  unpublish: { contributor: 'contributors cannot unpublish stories', journalist: 'journalists unpublish only their own stories' },
  delete: { contributor: 'contributors delete only their own drafts', journalist: 'journalists delete only their own drafts' },
  move: { contributor: 'contributors edit only their own stories until they are published', journalist: 'journalists edit only their own stories' },
};

/** Null when `actor` may apply `op` to the story as it is now, else the reason shown in the summary. */
export function bulkRefusal(actor: Actor, op: BulkOp, story: StoryResource & { sectionId?: number | null }, targetSectionId?: number): string | null {
  if (!can(actor, PERMISSION[op], story)) {
    return `Not allowed: you are ${ROLE_NOUN[actor.role]}, and ${WHAT_ROLE_MAY[op][actor.role] ?? 'this is not permitted'}.`;
  }
  if (op === 'unpublish' && !isReaderFacing(story)) return 'Not published or scheduled, so there is nothing to unpublish.';
  if (op === 'move' && story.sectionId === targetSectionId) return 'Already in that section.';
  return null;
}

/** The past tense for the summary. */
export const BULK_DONE: Record<BulkOp, string> = { unpublish: 'Unpublished', delete: 'Deleted', move: 'Moved' };
