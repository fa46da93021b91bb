'use client';

import { changePasswordAction, updateProfileAction, type PasswordState, type ProfileState } from '@/app/(newsroom)/admin/profile/actions';
import { Field, inputClass } from './field';
import { usePageActionState } from './use-page-action-state';

const button = 'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 dark:bg-brand-600';

function Message({ outcome, message }: { outcome: string; message?: string }) {
  if (!message) return null;
  return (
    <p role={outcome === 'error' ? 'alert' : 'status'} className={`text-sm font-medium ${outcome === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-700 dark:text-green-400'}`}>
      {message}
    </p>
  );
}

export function ProfileForm({ initial, hasAuthor, photoUrl }: { initial: { name: string; bio: string; links: string }; hasAuthor: boolean; photoUrl: string | null }) {
  const [state, action, pending] = usePageActionState<ProfileState, FormData>(updateProfileAction, { outcome: 'idle', values: initial });
  const values = state.values ?? initial;
  return (
    <form action={action} className="space-y-4">
      <Message outcome={state.outcome} message={state.message} />
      <Field id="name" label="Name" errors={state.errors?.name}>
        <input id="name" name="name" defaultValue={values.name} key={`n-${values.name}`} aria-invalid={!!state.errors?.name} className={inputClass} />
      </Field>
      {hasAuthor ? (
        <>
          <Field id="bio" label="Bio" hint="Shown under your stories and on your author page." errors={state.errors?.bio}>
            <textarea id="bio" name="bio" rows={4} defaultValue={values.bio} key={`b-${values.bio}`} aria-invalid={!!state.errors?.bio} className={inputClass} />
          </Field>
          <Field id="links" label="Profile links" hint="One per line: Label | https://… (X, LinkedIn, website…)." errors={state.errors?.links}>
            <textarea id="links" name="links" rows={3} defaultValue={values.links} key={`l-${values.links}`} aria-invalid={!!state.errors?.links} className={inputClass} />
          </Field>
          <Field id="photo" label="Photo" hint="JPEG, PNG, WebP, AVIF or GIF, up to 10 MB." errors={state.errors?.photo}>
            <div className="mt-1 flex items-center gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- a small preview of the stored photo */}
              {photoUrl && <img src={photoUrl} alt="" className="size-14 rounded-full object-cover" />}
              <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" className="text-sm" />
            </div>
          </Field>
        </>
      ) : (
        <>
          <input type="hidden" name="bio" value="" />
          <input type="hidden" name="links" value="" />
          <p className="text-sm text-neutral-600 dark:text-neutral-400">Your account has no public author profile, so there is no bio or photo to edit. An administrator can link one.</p>
        </>
      )}
      <button type="submit" disabled={pending} className={button}>
        {pending ? 'Saving…' : 'Save profile'}
      </button>
    </form>
  );
}

export function PasswordForm() {
  const [state, action, pending] = usePageActionState<PasswordState, FormData>(changePasswordAction, { outcome: 'idle' });
  return (
    <form action={action} className="space-y-4">
      <Message outcome={state.outcome} message={state.message} />
      <Field id="current" label="Current password" errors={state.errors?.current}>
        <input id="current" name="current" type="password" autoComplete="current-password" className={inputClass} />
      </Field>
      <Field id="next" label="New password" hint="At least 12 characters." errors={state.errors?.next}>
        <input id="next" name="next" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <Field id="confirm" label="New password again" errors={state.errors?.confirm}>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" className={inputClass} />
      </Field>
      <button type="submit" disabled={pending} className={button}>
        {pending ? 'Changing…' : 'Change password'}
      </button>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">Changing the password signs you out everywhere.</p>
    </form>
  );
}
