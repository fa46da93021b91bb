import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role } from '@/lib/domain';
import { bulkRefusal, type BulkOp } from './bulk';

const actor = (role: Role) => ({ id: 10, role, authorId: 100 });
type Story = { status: ArticleStatus; createdById: number; authorIds: number[]; sectionId: number };
const own = (status: ArticleStatus, sectionId = 1): Story => ({ status, createdById: 10, authorIds: [], sectionId });
const others = (status: ArticleStatus, sectionId = 1): Story => ({ status, createdById: 99, authorIds: [7], sectionId });

describe('bulkRefusal: the permission table applied to each selected story', () => {
  it.each<[Role, BulkOp, Story, string | null]>([
    ['contributor', 'unpublish', own('published'), 'contributors cannot unpublish'],
    ['contributor', 'delete', own('draft'), null],
    ['contributor', 'delete', own('published'), 'only their own drafts'],
    ['contributor', 'move', own('changes_requested'), null],
    ['contributor', 'move', own('published'), 'until they are published'],
    ['journalist', 'unpublish', own('published'), null],
    ['journalist', 'unpublish', others('published'), 'only their own stories'],
    ['journalist', 'delete', others('draft'), 'only their own drafts'],
    ['editor', 'unpublish', others('scheduled'), null],
    ['editor', 'unpublish', others('draft'), 'nothing to unpublish'],
    ['editor', 'delete', others('published'), null],
    ['editor', 'move', others('published', 2), null],
    ['admin', 'move', others('published', 3), 'Already in that section'],
  ])('%s %s → %s', (role, op, story, expected) => {
    const reason = bulkRefusal(actor(role), op, story, 3);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toContain(expected);
  });
});
