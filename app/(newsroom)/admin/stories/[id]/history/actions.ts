'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getRevision } from '@/db/queries/revisions';
import { getStoryAccess } from '@/db/queries/stories';
import { writeStory } from '@/db/queries/story-writes';
import { authorize, requireStaffAction } from '@/lib/auth';
import { expireStoryPages } from '@/lib/newsroom-cache';

const schema = z.object({ id: z.coerce.number().int().positive(), version: z.coerce.number().int().positive(), current: z.coerce.number().int().positive() });

/**
 * Restores the content of an old version as a new version (status and dates stay as they are).
 * Names the version the user was looking at, so a restore over a newer save is refused.
 */
export async function restoreRevisionAction(_state: unknown, formData: FormData): Promise<void> {
  const actor = await requireStaffAction();
  const parsed = schema.safeParse({ id: formData.get('id'), version: formData.get('version'), current: formData.get('current') });
  if (!parsed.success) redirect('/admin');
  const story = getStoryAccess(parsed.data.id);
  if (!story) redirect('/admin');
  authorize(actor, 'story:edit', story);
  const revision = getRevision(story.id, parsed.data.version);
  if (!revision) redirect(`/admin/stories/${story.id}/history?error=missing`);
  const s = revision.snapshot;
  const live = story.status === 'published' || story.status === 'scheduled';
  const result = writeStory(
    actor.id,
    story.id,
    parsed.data.current,
    { ...s, newTags: '' },
    {
      status: story.status,
      publishedAt: story.publishedAt ? new Date(story.publishedAt) : null,
      updatedAt: story.updatedAt ? new Date(story.updatedAt) : null,
    },
    `Restored version ${revision.version}`,
  );
  if (!result.ok) redirect(`/admin/stories/${story.id}/history?error=${result.kind}`);
  if (live) expireStoryPages({ id: story.id, slugs: [story.slug, result.slug], authorSlugs: [...story.authorSlugs, ...result.authorSlugs], sectionSlugs: [story.sectionSlug, result.sectionSlug] });
  redirect(`/admin/stories/${story.id}/history?restored=${revision.version}`);
}
