import type { ReactNode } from 'react';

export const inputClass =
  'mt-1 block w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm text-neutral-900 shadow-xs placeholder:text-neutral-400 focus:border-brand-600 focus:outline-none aria-invalid:border-red-600 aria-invalid:bg-red-50 aria-invalid:ring-1 aria-invalid:ring-red-600 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:aria-invalid:border-red-400 dark:aria-invalid:bg-red-950/40 dark:aria-invalid:ring-red-400';

/** A labelled form control with its hint and its errors right beside it. */
export function Field({
  id,
  label,
  hint,
  errors,
  children,
  className = '',
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-semibold text-neutral-800 dark:text-neutral-200">
        {label}
      </label>
      {children}
      {hint && !errors?.length && <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">{hint}</p>}
      {errors?.map((e) => (
        <p key={e} id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {e}
        </p>
      ))}
    </div>
  );
}
