import { formatDateTime } from '@/lib/format';

type Props = { note: string; by: string | null; at: number | null; timeZone: string };

/** The editor's note on a story sent back for changes, shown to the writer above the editor. */
export function ReviewNoteBanner({ note, by, at, timeZone }: Props) {
  return (
    <section aria-labelledby="review-note-heading" className="rounded-md border border-purple-300 bg-purple-50 p-4 text-sm text-purple-950 dark:border-purple-800 dark:bg-purple-950/40 dark:text-purple-100">
      <h2 id="review-note-heading" className="font-semibold">
        Changes requested{by ? ` by ${by}` : ''}
        {at ? <span className="font-normal"> · {formatDateTime(at, timeZone)}</span> : null}
      </h2>
      <p className="mt-1 whitespace-pre-wrap">{note}</p>
      <p className="mt-2 text-purple-900 dark:text-purple-200">Make the changes, then resubmit the story for review.</p>
    </section>
  );
}
