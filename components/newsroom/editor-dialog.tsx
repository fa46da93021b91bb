'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

type Props = {
  title: string;
  /** Called with the dialog's fields when its form is sent (Enter or the submit button). */
  onSubmit: (fields: FormData) => void;
  /** Escape, Cancel or a click on the backdrop: the caller puts the focus back where it was. */
  onClose: () => void;
  children: ReactNode;
  actions: ReactNode;
};

/**
 * A modal in-page dialog (native <dialog>, so focus is trapped and Escape closes it), labelled by
 * its title, with the first field focused. It lives in document.body: the story form around the
 * editor must not contain a second form, and its events must not reach that form's handlers.
 */
export function EditorDialog({ title, onSubmit, onClose, children, actions }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    dialog.querySelector<HTMLInputElement>('input:not([type=hidden]),textarea')?.select();
    return () => dialog.close();
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-neutral-300 bg-white p-0 text-neutral-900 shadow-xl backdrop:bg-neutral-950/60 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <form
        noValidate
        onInput={(e) => e.stopPropagation()}
        onSubmit={(e) => {
          e.preventDefault();
          e.stopPropagation();
          onSubmit(new FormData(e.currentTarget));
        }}
        className="space-y-4 p-5"
      >
        <h2 id={titleId} className="font-serif text-xl font-bold">
          {title}
        </h2>
        {children}
        <div className="flex flex-wrap justify-end gap-2">{actions}</div>
      </form>
    </dialog>,
    document.body,
  );
}

export const dialogPrimary = 'rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60 dark:bg-brand-600 dark:hover:bg-brand-700';
export const dialogSecondary =
  'rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700';
