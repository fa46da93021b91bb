'use client';

import { sendBackAction, type SendBackState } from '@/app/(newsroom)/admin/review/actions';
import { Field, inputClass } from './field';
import { usePageActionState } from './use-page-action-state';

/** The editor's "send back to the writer" form, with the note the writer will see. */
export function SendBackForm({ storyId }: { storyId: number }) {
  const [state, action, pending] = usePageActionState<SendBackState, FormData>(sendBackAction, { outcome: 'idle' });
  return (
    // noValidate: an empty note is answered by the server beside the field, as every form here does.
    <form action={action} noValidate className="space-y-3">
      <input type="hidden" name="id" value={storyId} />
      {state.message && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
      <Field id="send-back-note" label="Note to the writer" hint="Say what needs to change. The writer sees this on their dashboard and in the editor." errors={state.errors?.note}>
        <textarea
          id="send-back-note"
          name="note"
          rows={3}
          required
          defaultValue={state.note ?? ''}
          aria-invalid={!!state.errors?.note}
          aria-describedby={state.errors?.note ? 'send-back-note-error' : undefined}
          className={inputClass}
        />
      </Field>
      <button type="submit" disabled={pending} className="rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700">
        {pending ? 'Sending back…' : 'Send back to the writer'}
      </button>
    </form>
  );
}
