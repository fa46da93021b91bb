import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { StatusBadge } from '@/components/newsroom/status-badge';
import { articleExtras } from '@/db/queries/articles';
import { getStoryAccess, getStoryForEditor } from '@/db/queries/stories';
import { authorize, requireStaff } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { displayStatus } from '@/lib/workflow';
import { storyIdFrom } from '../story-id';

export const metadata: Metadata = { title: 'Preview' };

type Props = { params: Promise<{ id: string }> };

/** The story exactly as readers will see it, rendered by the reader's own component; staff only. */
export default async function PreviewPage({ params }: Props) {
  const id = await storyIdFrom(params);
  const actor = await requireStaff(`/admin/stories/${id}/preview`);
  const access = await getStoryAccess(id);
  if (!access) notFound();
  authorize(actor, 'story:view', access);
  const story = await getStoryForEditor(id);
  if (!story) notFound();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
        <strong>Preview</strong> <StatusBadge status={displayStatus(story)} />
        <span>Only staff can see this page.</span>
        {can(actor, 'story:edit', access) && (
          <Link href={`/admin/stories/${id}`} className="ml-auto font-semibold underline">
            Back to the editor
          </Link>
        )}
      </div>
      <div className="rounded-lg bg-white px-4 py-8 dark:bg-neutral-950">
        <ArticleView article={{ ...story, sectionSlug: story.sectionSlug ?? '', sectionName: story.sectionName ?? 'No section chosen yet', ...(await articleExtras(id)) }} />
      </div>
    </div>
  );
}
