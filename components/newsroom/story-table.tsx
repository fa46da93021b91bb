import Link from 'next/link';
import type { StoryListItem } from '@/db/queries/stories';
import { StatusBadge } from './status-badge';

function shortDateTime(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** Stories as a list that reads well on a phone and as a table-like grid on a desk. */
export function StoryTable({ stories, timeZone, empty }: { stories: StoryListItem[]; timeZone: string; empty: string }) {
  if (stories.length === 0) return <p className="rounded-lg border border-dashed border-neutral-300 p-8 text-center text-neutral-600 dark:border-neutral-700 dark:text-neutral-400">{empty}</p>;
  return (
    <ul className="divide-y divide-neutral-200 overflow-hidden rounded-lg border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
      {stories.map((s) => (
        <li key={s.id} className="grid gap-1 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_7rem_10rem] sm:items-center sm:gap-4">
          <div className="min-w-0">
            <Link href={`/admin/stories/${s.id}`} className="font-semibold text-neutral-950 hover:underline dark:text-white">
              {s.headline}
            </Link>
            <p className="truncate text-sm text-neutral-600 dark:text-neutral-400">
              {s.sectionName}
              {s.bylines ? ` · ${s.bylines}` : ''}
            </p>
          </div>
          <div>
            <StatusBadge status={s.status} />
          </div>
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            <span className="sr-only">Last change </span>
            {shortDateTime(s.modifiedAt, timeZone)}
          </p>
        </li>
      ))}
    </ul>
  );
}
