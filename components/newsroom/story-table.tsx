import Link from 'next/link';
import type { StoryListItem } from '@/db/queries/stories';
import { formatCardDateTime } from '@/lib/format';
import { StatusBadge } from './status-badge';

type Props = {
  stories: StoryListItem[];
  timeZone: string;
  empty: string;
  /** The review queue: who submitted each story and when. */
  showSubmission?: boolean;
  /** The id of a form elsewhere on the page that a checkbox per story joins (bulk actions). */
  selectFor?: string;
};

/** Stories as a list that reads well on a phone and as a table-like grid on a desk. */
export function StoryTable({ stories, timeZone, empty, showSubmission = false, selectFor }: Props) {
  if (stories.length === 0) return <p className="rounded-lg border border-dashed border-neutral-300 p-8 text-center text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">{empty}</p>;
  return (
    <ul className="divide-y divide-neutral-200 overflow-hidden rounded-lg border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
      {stories.map((s) => (
        <li key={s.id} className={`grid gap-1 px-4 py-3 sm:items-center sm:gap-4 ${selectFor ? 'grid-cols-[1.5rem_minmax(0,1fr)] sm:grid-cols-[1.5rem_minmax(0,1fr)_9rem_10rem]' : 'sm:grid-cols-[minmax(0,1fr)_9rem_10rem]'}`}>
          {selectFor && (
            <input type="checkbox" name="ids" value={s.id} form={selectFor} aria-label={`Select “${s.headline || 'Untitled draft'}”`} className="row-span-3 mt-1 size-4 self-start sm:row-span-1 sm:mt-0 sm:self-center" />
          )}
          <div className="min-w-0">
            <Link href={`/admin/stories/${s.id}`} className="font-semibold text-neutral-950 hover:underline dark:text-white">
              {s.headline || 'Untitled draft'}
            </Link>
            <p className="truncate text-sm text-neutral-600 dark:text-neutral-400">
              {s.sectionName ?? 'No section yet'}
              {s.bylines ? ` · ${s.bylines}` : ''}
            </p>
            {showSubmission && (
              <p className="text-sm text-neutral-700 dark:text-neutral-300">
                {s.submittedAt ? `Submitted by ${s.submittedBy ?? 'a former colleague'}, ${formatCardDateTime(s.submittedAt, timeZone)}` : 'Submitted before the queue recorded who sent it'}
              </p>
            )}
            {s.status === 'changes_requested' && s.reviewNote && (
              <p className="mt-1 rounded bg-purple-50 px-2 py-1 text-sm text-purple-950 dark:bg-purple-950/40 dark:text-purple-100">
                <span className="font-semibold">Changes requested:</span> {s.reviewNote}
              </p>
            )}
          </div>
          <div className={selectFor ? 'col-start-2 sm:col-start-auto' : undefined}>
            <StatusBadge status={s.status} />
          </div>
          <p className={`text-sm text-neutral-600 dark:text-neutral-400 ${selectFor ? 'col-start-2 sm:col-start-auto' : ''}`}>
            <span className="sr-only">Last change </span>
            {formatCardDateTime(s.modifiedAt, timeZone)}
          </p>
        </li>
      ))}
    </ul>
  );
}
