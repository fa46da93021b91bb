import type { Metadata } from 'next';
import { StoryTable } from '@/components/newsroom/story-table';
import { listStoriesForStaff } from '@/db/queries/stories';
import { authorize, requireStaff } from '@/lib/auth';
import { getSiteSettings } from '@/lib/site-settings';

export const metadata: Metadata = { title: 'Review queue' };

export default async function ReviewQueuePage() {
  const site = await getSiteSettings();
  const actor = await requireStaff('/admin/review');
  authorize(actor, 'review:view');
  const stories = await listStoriesForStaff(actor, { status: 'in_review', mine: false });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Review queue</h1>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">Stories submitted for review, newest change first.</p>
      </div>
      <StoryTable stories={stories} timeZone={site.timeZone} empty="Nothing is waiting for review." />
    </div>
  );
}
