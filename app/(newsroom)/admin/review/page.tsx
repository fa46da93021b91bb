import type { Metadata } from 'next';
import { StoryTable } from '@/components/newsroom/story-table';
import { z } from 'zod';
import { getStoryAccess, listStoriesForStaff } from '@/db/queries/stories';
import { authorize, requireStaff } from '@/lib/auth';
import { getSiteSettings } from '@/lib/site-settings';

export const metadata: Metadata = { title: 'Review queue' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const site = await getSiteSettings();
  const actor = await requireStaff('/admin/review');
  authorize(actor, 'review:view');
  const stories = await listStoriesForStaff(actor, { status: 'in_review', mine: false });
  const sentBack = z.coerce.number().int().positive().optional().catch(undefined).parse((await searchParams).sentBack);
  const sentStory = sentBack ? await getStoryAccess(sentBack) : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Review queue</h1>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">Stories submitted for review, newest change first, with who sent each one and when.</p>
      </div>
      {sentStory && (
        <p role="status" className="rounded-md bg-green-50 px-4 py-3 text-sm font-medium text-green-900 dark:bg-green-950/50 dark:text-green-200">
          Sent back to the writer: “{sentStory.headline || 'Untitled draft'}”. It returns to the queue when they resubmit it.
        </p>
      )}
      <StoryTable stories={stories} timeZone={site.timeZone} empty="Nothing is waiting for review." showSubmission />
    </div>
  );
}
