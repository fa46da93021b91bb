'use client';

import { bulkStoriesAction, type BulkState } from '@/app/(newsroom)/admin/stories/bulk-actions';
import { inputClass } from './field';
import { usePageActionState } from './use-page-action-state';

/**
 * One form for the selected stories (their checkboxes join it with `form=`), so it posts without
 * JavaScript too; the answer lists what was done and what was refused, and why.
 */
export function BulkStoryForm({ id, sections }: { id: string; sections: { id: number; name: string }[] }) {
  const [state, action, pending] = usePageActionState<BulkState, FormData>(bulkStoriesAction, { outcome: 'idle' });
  const errors = state.errors ?? {};
  return (
    <form id={id} action={action} aria-labelledby="bulk-heading" className="space-y-3 rounded-lg border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <h2 id="bulk-heading" className="text-sm font-semibold">
        With the selected stories
      </h2>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="bulk-op" className="block text-sm font-semibold">
            Action
          </label>
          <select id="bulk-op" name="op" defaultValue="" aria-invalid={!!errors.op} aria-describedby={errors.op ? 'bulk-op-error' : undefined} className={inputClass}>
            <option value="">Choose…</option>
            <option value="unpublish">Unpublish</option>
            <option value="move">Move to section</option>
            <option value="delete">Delete for good</option>
          </select>
        </div>
        <div>
          <label htmlFor="bulk-section" className="block text-sm font-semibold">
            Section (for a move)
          </label>
          <select id="bulk-section" name="sectionId" defaultValue="" aria-invalid={!!errors.sectionId} aria-describedby={errors.sectionId ? 'bulk-section-error' : undefined} className={inputClass}>
            <option value="">Choose…</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-neutral-900 px-3 py-2 text-sm font-semibold text-white hover:bg-neutral-700 disabled:opacity-60 dark:bg-white dark:text-neutral-900">
          {pending ? 'Applying…' : 'Apply to selected'}
        </button>
      </div>
      {(['op', 'sectionId', 'ids'] as const).map((k) =>
        errors[k]?.map((m) => (
          <p key={m} id={k === 'op' ? 'bulk-op-error' : k === 'sectionId' ? 'bulk-section-error' : undefined} className="text-sm font-medium text-red-700 dark:text-red-400">
            {m}
          </p>
        )),
      )}
      {state.message && (
        <div role={state.outcome === 'error' ? 'alert' : 'status'} className="space-y-1 text-sm">
          <p className="font-semibold">{state.message}</p>
          {state.done && state.done.length > 0 && <p>Done: {state.done.join('; ')}</p>}
          {state.refused && state.refused.length > 0 && (
            <ul className="list-disc pl-5 text-red-800 dark:text-red-300">
              {state.refused.map((r, i) => (
                <li key={i}>
                  Refused, “{r.headline}”: {r.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
