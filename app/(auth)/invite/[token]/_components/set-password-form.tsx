'use client';

import Link from 'next/link';
import { Field, inputClass } from '@/components/newsroom/field';
import { setPasswordAction, type SetPasswordState } from '../actions';
import { usePageActionState } from '@/components/newsroom/use-page-action-state';

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = usePageActionState<SetPasswordState, FormData>(setPasswordAction, { outcome: 'idle' });
  if (state.outcome === 'done') {
    return (
      <div className="mt-6 space-y-4">
        <p role="status" className="text-sm font-medium text-green-700 dark:text-green-400">
          {state.message}
        </p>
        <Link href="/login" className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800 dark:bg-brand-600">
          Go to sign-in
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="mt-6 space-y-4">
      {state.message && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {state.message}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="text" name="username" value={email} autoComplete="username" readOnly hidden />
      <Field id="password" label="New password" hint="At least 12 characters." errors={state.errors?.password}>
        <input id="password" name="password" type="password" autoComplete="new-password" aria-invalid={!!state.errors?.password} className={inputClass} />
      </Field>
      <Field id="confirm" label="New password again" errors={state.errors?.confirm}>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" aria-invalid={!!state.errors?.confirm} className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 dark:bg-brand-600">
        {pending ? 'Saving…' : 'Set password'}
      </button>
    </form>
  );
}
