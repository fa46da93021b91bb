'use client';

export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'failed';

const TEXT: Record<SaveState, string> = {
  clean: 'No changes',
  dirty: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Save failed',
};

/** The always-visible autosave indicator, announced politely to screen readers. */
export function SaveStatus({ state, detail }: { state: SaveState; detail?: string }) {
  const tone =
    state === 'failed'
      ? 'text-red-700 dark:text-red-400'
      : state === 'saved'
        ? 'text-green-700 dark:text-green-400'
        : 'text-neutral-600 dark:text-neutral-400';
  return (
    <p role="status" aria-live="polite" className={`text-sm font-medium ${tone}`}>
      {TEXT[state]}
      {detail ? <span className="font-normal">: {detail}</span> : null}
    </p>
  );
}
