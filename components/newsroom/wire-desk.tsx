'use client';

import { killStoryAction, liftEmbargoAction, type WireDeskState } from '@/app/(newsroom)/admin/stories/[id]/wire-actions';
import { Field, inputClass } from './field';
import { usePageActionState } from './use-page-action-state';

function Message({ state }: { state: WireDeskState }) {
  if (!state.message) return null;
  const error = state.outcome === 'error';
  return (
    <p role={error ? 'alert' : 'status'} className={`text-sm font-medium ${error ? 'text-red-700 dark:text-red-400' : 'text-green-700 dark:text-green-400'}`}>
      {state.message}
    </p>
  );
}

/** Kill: withdraws the story from the site and from clients, with the reason they receive. */
export function KillStoryForm({ storyId }: { storyId: number }) {
  const [state, action, pending] = usePageActionState<WireDeskState, FormData>(killStoryAction, { outcome: 'idle' });
  if (state.outcome === 'saved') return <Message state={state} />;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={storyId} />
      <Message state={state} />
      <Field
        id="kill-reason"
        label="Reason for the kill"
        hint="Clients receive it with the withdrawal (e.g. legal reasons, a serious error). The story’s address then answers that it is gone."
        errors={state.errors?.reason}
      >
        <textarea
          id="kill-reason"
          name="reason"
          rows={3}
          defaultValue={state.values?.reason ?? ''}
          aria-invalid={!!state.errors?.reason}
          aria-describedby={state.errors?.reason ? 'kill-reason-error' : undefined}
          className={inputClass}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-red-300 px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 disabled:opacity-60 dark:border-red-800 dark:text-red-400 dark:hover:bg-red-950/40"
      >
        {pending ? 'Killing…' : 'Kill story'}
      </button>
    </form>
  );
}

/** Lifts the embargo now, before its time. */
export function LiftEmbargoForm({ storyId, until }: { storyId: number; until: string }) {
  const [state, action, pending] = usePageActionState<WireDeskState, FormData>(liftEmbargoAction, { outcome: 'idle' });
  if (state.outcome === 'saved') return <Message state={state} />;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={storyId} />
      <Message state={state} />
      <p className="text-sm">Under embargo until {until}: clients have it, readers see it then.</p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700"
      >
        {pending ? 'Lifting…' : 'Lift embargo now'}
      </button>
    </form>
  );
}
