import Link from 'next/link';
import { FrontButton } from '@/components/newsroom/front-button';
import type { PinnedForEditor } from '@/db/queries/front-admin';
import { slotName, type FrontScope } from '@/lib/front-page';
import { changeFrontAction } from '../actions';

/** A front's pinned stories in slot order, each with its move and unpin buttons. */
export function FrontSlots({ scope, slots, empty, compact = false }: { scope: FrontScope; slots: PinnedForEditor[]; empty: string; compact?: boolean }) {
  if (slots.length === 0) return <p className="text-sm text-neutral-600 dark:text-neutral-400">{empty}</p>;
  return (
    <ol className="space-y-2">
      {slots.map((s, i) => {
        const fields = (change: string) => ({ scope, change, storyId: String(s.id) });
        return (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-neutral-200 px-3 py-2 dark:border-neutral-800">
            <div className="min-w-0">
              {!compact && <p className="text-xs font-bold tracking-wide text-neutral-600 uppercase dark:text-neutral-400">{slotName(i).replace(/^the /, '')}</p>}
              <Link href={`/admin/stories/${s.id}`} className="font-semibold">
                {s.headline}
              </Link>
              <span className="ml-2 text-xs text-neutral-600 dark:text-neutral-400">{s.sectionName}</span>
              {(!s.live || !s.inSection) && (
                <span className="ml-2 rounded-sm bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                  {s.live ? 'Moved to another section: not shown' : 'Not on the site: not shown'}
                </span>
              )}
            </div>
            <div className="flex flex-wrap gap-1">
              {!compact && (
                <>
                  <FrontButton action={changeFrontAction} fields={fields('up')} label="Move up" name={`Move up: ${s.headline}`} disabled={i === 0} />
                  <FrontButton action={changeFrontAction} fields={fields('down')} label="Move down" name={`Move down: ${s.headline}`} disabled={i === slots.length - 1} />
                </>
              )}
              <FrontButton action={changeFrontAction} fields={fields('unpin')} label="Unpin" name={`Unpin: ${s.headline}`} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
