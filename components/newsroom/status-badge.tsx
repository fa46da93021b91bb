import type { ArticleStatus } from '@/lib/domain';

export const STATUS_LABEL: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

const TONE: Record<ArticleStatus, string> = {
  draft: 'bg-neutral-200 text-neutral-800 dark:bg-neutral-800 dark:text-neutral-200',
  in_review: 'bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-200',
  changes_requested: 'bg-purple-100 text-purple-900 dark:bg-purple-900/50 dark:text-purple-200',
  scheduled: 'bg-blue-100 text-blue-900 dark:bg-blue-900/50 dark:text-blue-200',
  published: 'bg-green-100 text-green-900 dark:bg-green-900/50 dark:text-green-200',
  unpublished: 'bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-200',
};

export function StatusBadge({ status }: { status: ArticleStatus }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONE[status]}`}>{STATUS_LABEL[status]}</span>;
}
