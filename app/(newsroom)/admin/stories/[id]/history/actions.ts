'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getRevision } from '@/db/queries/revisions';
import { getStoryAccess } from '@/db/queries/stories';
import { writeStory } from '@/db/queries/story-writes';
import { staffAction } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { can } from '@/lib/permissions';
import { isLive, isReaderFacing } from '@/lib/visibility';
import { readinessRefusal } from '@/lib/workflow';

const schema = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive(), current: z.coerce.number().int().positive() });

const restore = staffAction(
  {
    schema,
    load: (input) => getStoryAccess(input.id),
    allow: (actor, story) => can(actor, 'story:edit', story),
    refuse: () => redirect('/admin'),
  },
  async ({ actor, input, resource: story }) => {
    const revision = await getRevision(story.id, input.version);
    if (!revision) redirect(`/admin/stories/${story.id}/history?error=missing`);
    // A restore of a story on the reader site must leave it complete (section, byline, body…).
    if (readinessRefusal('save', revision.snapshot, story)) redirect(`/admin/stories/${story.id}/history?error=fields`);
    const result = await writeStory(
      actor.id,
      story.id,
      input.current,
      { ...revision.snapshot, newTags: '' },
      {
        status: story.status,
        publishedAt: story.publishedAt ? new Date(story.publishedAt) : null,
        updatedAt: story.updatedAt ? new Date(story.updatedAt) : null,
      },
      `Restored version ${revision.version}`,
      { action: 'story.restore', details: { version: revision.version, live: isLive(story) } },
      // Clients who have the story get the restored text as a new version.
      { changeKind: 'substantive' },
    );
    if (!result.ok) redirect(`/admin/stories/${story.id}/history?error=${result.kind}`);
    if (isReaderFacing(story)) {
      showWriteToReaders();
    }
    redirect(`/admin/stories/${story.id}/history?restored=${revision.version}`);
  },
);

/**
 * Restores the content of an old version as a new version (status and dates stay as they are).
 * Names the version the user was looking at, so a restore over a newer save is refused.
 */
export async function restoreRevisionAction(_state: unknown, formData: FormData): Promise<void> {
  await restore(null, formData);
}
