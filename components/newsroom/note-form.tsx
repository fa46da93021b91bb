'use client';

import { addNoteAction, type NoteFormState } from '@/app/(newsroom)/admin/stories/[id]/actions';
import { NOTE_KINDS } from '@/lib/domain';
import { Field, inputClass } from './field';
import { usePageActionState } from './use-page-action-state';

const LABEL: Record<(typeof NOTE_KINDS)[number], string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  editors_note: 'Editor’s note',
};

/** Adds a typed, timestamped note that readers see on the story. */
export function NoteForm({ storyId }: { storyId: number }) {
  const [state, action, pending] = usePageActionState<NoteFormState, FormData>(addNoteAction, { outcome: 'idle' });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={storyId} />
      {state.message && (
        <p role={state.outcome === 'error' ? 'alert' : 'status'} className={`text-sm font-medium ${state.outcome === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-700 dark:text-green-400'}`}>
          {state.message}
        </p>
      )}
      <Field id="note-kind" label="Kind of note" errors={state.errors?.kind}>
        <select id="note-kind" name="kind" defaultValue={state.values?.kind ?? 'correction'} className={inputClass}>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {LABEL[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field id="note-body" label="Note text" errors={state.errors?.body}>
        <textarea id="note-body" name="body" rows={3} defaultValue={state.values?.body ?? ''} aria-invalid={!!state.errors?.body} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="rounded-md bg-neutral-900 px-3 py-2 text-sm font-semibold text-white hover:bg-neutral-700 disabled:opacity-60 dark:bg-white dark:text-neutral-900">
        {pending ? 'Adding…' : 'Add note'}
      </button>
    </form>
  );
}
