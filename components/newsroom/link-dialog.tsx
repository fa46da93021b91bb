'use client';

import { useState } from 'react';
import { dialogPrimary, dialogSecondary, EditorDialog } from './editor-dialog';
import { inputClass } from './field';

const LINK = /^(?:https?:\/\/[^\s/$.?#][^\s]*|mailto:[^\s@]+@[^\s@]+)$/i;

type Props = {
  /** The address of the link being edited, or '' for a new one. */
  initialHref: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
};

/** Asks for a link's address (Ctrl/Cmd+K or the toolbar's Link button), checked before it is applied. */
export function LinkDialog({ initialHref, onApply, onRemove, onClose }: Props) {
  const [error, setError] = useState<string | null>(null);
  return (
    <EditorDialog
      title={initialHref ? 'Edit link' : 'Insert link'}
      onClose={onClose}
      onSubmit={(fields) => {
        const href = String(fields.get('href') ?? '').trim();
        if (href === '' && initialHref) return onRemove();
        if (!LINK.test(href)) return setError('Enter a full address starting with https:// (or mailto: for an email address).');
        onApply(href);
      }}
      actions={
        <>
          {initialHref && (
            <button type="button" onClick={onRemove} className={`${dialogSecondary} mr-auto`}>
              Remove link
            </button>
          )}
          <button type="button" onClick={onClose} className={dialogSecondary}>
            Cancel
          </button>
          <button type="submit" className={dialogPrimary}>
            {initialHref ? 'Update link' : 'Insert link'}
          </button>
        </>
      }
    >
      <div>
        <label htmlFor="link-href" className="block text-sm font-semibold">
          Link address
        </label>
        <input
          id="link-href"
          name="href"
          type="url"
          inputMode="url"
          defaultValue={initialHref || 'https://'}
          aria-invalid={!!error}
          aria-describedby={error ? 'link-href-error' : 'link-href-hint'}
          className={inputClass}
        />
        {error ? (
          <p id="link-href-error" role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {error}
          </p>
        ) : (
          <p id="link-href-hint" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
            With no text selected, the address itself is inserted as the link text.
          </p>
        )}
      </div>
    </EditorDialog>
  );
}
