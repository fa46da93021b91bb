'use client';

import { useState } from 'react';
import type { AdminFieldSpec, AdminFormAction, AdminFormState } from './admin-form-state';
import { Field, inputClass } from './field';
import { SiteTimeField } from './site-time-field';
import { usePageActionState } from './use-page-action-state';

const buttons = {
  primary: 'rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 dark:bg-brand-600',
  secondary:
    'rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-600 dark:hover:bg-neutral-800',
  danger: 'rounded-md border border-red-300 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 disabled:opacity-60 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950',
};

function Control({ f, id, value, invalid }: { f: AdminFieldSpec; id: string; value: string | undefined; invalid: boolean }) {
  const common = { id, name: f.name, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? `${id}-error` : undefined };
  switch (f.type) {
    case 'textarea':
      return <textarea {...common} rows={f.rows ?? 4} defaultValue={value} className={inputClass} />;
    case 'select':
      return (
        <select {...common} defaultValue={value} className={inputClass}>
          {f.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
    case 'file':
      return <input {...common} type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" className="mt-1 block text-sm" />;
    case 'checkbox':
      return <input {...common} type="checkbox" defaultChecked={value === 'on' || value === 'true'} className="mt-2 size-4" />;
    default:
      return <input {...common} type={f.type ?? 'text'} defaultValue={value} autoComplete={f.autoComplete} className={inputClass} />;
  }
}

function OneTimeLink({ path }: { path: string }) {
  const [copied, setCopied] = useState(false);
  const url = typeof window === 'undefined' ? path : `${window.location.origin}${path}`;
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
      <label htmlFor="one-time-link" className="font-semibold">
        One-time link (shown once, valid for 72 hours)
      </label>
      <div className="mt-1 flex gap-2">
        <input id="one-time-link" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} mt-0 font-mono text-xs`} />
        <button
          type="button"
          className={buttons.secondary}
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

/** Secrets the server returns once (API keys, signing secrets): selectable, never kept by the page. */
function ShownOnce({ secrets }: { secrets: { label: string; value: string }[] }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
      <p className="font-semibold">Shown only now: copy it and pass it on safely. It cannot be shown again.</p>
      {secrets.map((s, i) => (
        <div key={s.label}>
          <label htmlFor={`shown-once-${i}`} className="font-semibold">
            {s.label}
          </label>
          <input id={`shown-once-${i}`} readOnly value={s.value} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} font-mono text-xs`} />
        </div>
      ))}
    </div>
  );
}

/**
 * A server-action form described by its fields: errors beside each field, the typed values kept
 * after a refusal, an optional confirmation for destructive buttons and a one-time link panel.
 */
export function AdminForm({
  action,
  fields = [],
  hidden = {},
  submit,
  idPrefix,
  variant = 'primary',
  confirm,
  columns = 1,
  inline = false,
  multipart = false,
}: {
  action: AdminFormAction;
  fields?: AdminFieldSpec[];
  hidden?: Record<string, string>;
  submit: string;
  idPrefix: string;
  variant?: keyof typeof buttons;
  confirm?: string;
  columns?: 1 | 2;
  inline?: boolean;
  multipart?: boolean;
}) {
  const [state, formAction, pending] = usePageActionState<AdminFormState, FormData>(action, { outcome: 'idle' });
  const values = state.outcome === 'error' ? state.values : undefined;
  // `form`: FORM_ERROR in lib/validation/story.ts (not imported: it would ship zod to the browser).
  const formError = state.errors?.form;
  return (
    <form action={formAction} encType={multipart ? 'multipart/form-data' : undefined} className={inline ? 'flex flex-wrap items-end gap-2' : 'space-y-4'}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.message && (
        <p role={state.outcome === 'error' ? 'alert' : 'status'} className={`w-full text-sm font-medium ${state.outcome === 'error' ? 'text-red-700 dark:text-red-400' : 'text-green-700 dark:text-green-400'}`}>
          {state.message}
          {formError && state.outcome === 'error' && <span className="block">{formError.join(' ')}</span>}
        </p>
      )}
      {state.link && <OneTimeLink path={state.link} />}
      {state.secrets?.length ? <ShownOnce secrets={state.secrets} /> : null}
      <div className={inline ? 'contents' : columns === 2 ? 'grid gap-4 sm:grid-cols-2' : 'space-y-4'}>
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          const value = values?.[f.name] ?? f.defaultValue;
          const errors = state.errors?.[f.name];
          if (f.type === 'site-time') {
            return <SiteTimeField key={`${f.name}-${state.outcome}-${value}`} id={id} name={f.name} label={f.label} timeZone={f.timeZone} initialValue={value ?? ''} hint={f.hint} errors={errors} />;
          }
          return (
            <Field key={`${f.name}-${state.outcome}-${value}`} id={id} label={f.label} hint={f.hint} errors={errors} className={f.wide && columns === 2 ? 'sm:col-span-2' : ''}>
              <Control f={f} id={id} value={value} invalid={!!errors} />
            </Field>
          );
        })}
      </div>
      <button
        type="submit"
        disabled={pending}
        className={buttons[variant]}
        onClick={(e) => {
          if (confirm && !window.confirm(confirm)) e.preventDefault();
        }}
      >
        {pending ? 'Working…' : submit}
      </button>
    </form>
  );
}
