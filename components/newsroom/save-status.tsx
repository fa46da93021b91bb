'use client';

export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'failed';

const TEXT: Record<SaveState, string> = {
  clean: 'No changes',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Save failed',
};

/** The always-visible autosave indicator ("Saved 14:02 GMT", "Save failed: …"), announced politely to screen readers. */
export function SaveStatus({ state, detail, savedAt }: { state: SaveState; detail?: string; savedAt?: string }) {
  const tone =
    state === 'failed'
      ? 'text-red-700 dark:text-red-400'
      : state === 'saved'
        ? 'text-green-800 dark:text-green-400'
        : 'text-neutral-700 dark:text-neutral-300';
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${tone}`}>
      {TEXT[state]}
      {state === 'saved' && savedAt ? ` ${savedAt}` : null}
      {detail ? <span className="font-normal">: {detail}</span> : null}
    </p>
  );
}
