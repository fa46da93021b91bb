import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Staff } from '@/lib/auth';
import { getStoryAccess } from '@/db/queries/stories';
import { makeArticle, makeSection, makeUser, resetContent } from '@/test/factories';

// The kill and the early lift, posted straight to the actions (no UI): only editors and admins
// get through, and a kill without a reason writes nothing.
let current: Staff | null = null;
vi.mock('@/lib/auth', () => ({ getCurrentStaff: async () => current }));
vi.mock('next/navigation', () => ({
  unauthorized: () => {
    throw new Error('401');
  },
  forbidden: () => {
    throw new Error('403');
  },
}));

const { killStoryAction, liftEmbargoAction } = await import('./wire-actions');

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
const as = async (role: Staff['role']) => {
  const user = await makeUser(role);
  current = { id: user.id, name: user.name, email: user.email, role, authorId: null };
};
const statusOf = async (id: number) => {
  const story = await getStoryAccess(id);
  return story && { status: story.status, wireStatus: story.wireStatus };
};

describe('the wire desk’s actions', () => {
  beforeEach(async () => {
    await resetContent();
    current = null;
  });

  it('refuse the kill and the lift to anyone but editors and admins, before anything is written', async () => {
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id });
    await expect(killStoryAction(null, form({ id: String(story.id), reason: 'x' }))).rejects.toThrow('401');
    for (const role of ['contributor', 'journalist'] as const) {
      await as(role);
      await expect(killStoryAction(null, form({ id: String(story.id), reason: 'Legal' }))).rejects.toThrow('403');
      await expect(liftEmbargoAction(null, form({ id: String(story.id) }))).rejects.toThrow('403');
    }
    expect(await statusOf(story.id)).toEqual({ status: 'published', wireStatus: 'usable' });
  });

  it('ask for the kill’s reason beside its field, then kill', async () => {
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id });
    await as('editor');
    expect(await killStoryAction(null, form({ id: String(story.id), reason: ' ' }))).toMatchObject({ outcome: 'error', errors: { reason: [expect.stringContaining('reason')] } });
    expect(await statusOf(story.id)).toEqual({ status: 'published', wireStatus: 'usable' });
    expect(await killStoryAction(null, form({ id: String(story.id), reason: 'Legal' }))).toMatchObject({ outcome: 'saved' });
    expect(await statusOf(story.id)).toEqual({ status: 'unpublished', wireStatus: 'canceled' });
  });
});
