'use client';

import type { AdminFormAction, AdminFormState } from './admin-form-state';
import { usePageActionState } from './use-page-action-state';

const button =
  'rounded-md border border-neutral-300 px-2.5 py-1 text-xs font-semibold hover:bg-neutral-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-neutral-600 dark:hover:bg-neutral-800';

/**
 * One change to a front page (pin, move, unpin) as its own small form, so it works without
 * JavaScript. `label` is what the button says; `name` starts with it and adds the story
 * for screen readers ("Move up: Floods reach the capital", WCAG 2.5.3 label in name). A refusal shows beside the button.
 */
export function FrontButton({ action, fields, label, name, disabled = false }: { action: AdminFormAction; fields: Record<string, string>; label: string; name: string; disabled?: boolean }) {
  const [state, formAction, pending] = usePageActionState<AdminFormState, FormData>(action, { outcome: 'idle' });
  const error = state.outcome === 'error' ? [...Object.values(state.errors ?? {}).flat()].join(' ') || state.message : null;
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(fields).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <button type="submit" className={button} disabled={disabled || pending} aria-label={name}>
        {pending ? 'Working…' : label}
      </button>
      {error && (
        <span role="alert" className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </form>
  );
}
