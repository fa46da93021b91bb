'use client';

import { useEffect, useMemo, useState } from 'react';
import { dialogPrimary, dialogSecondary, EditorDialog } from './editor-dialog';
import { inputClass } from './field';
import { uploadImage } from './upload-image';

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'];
export const IMAGE_TYPE_ERROR = 'That file is not an image we can use: choose a JPEG, PNG, WebP, AVIF or GIF file.';

type Props = {
  file: File;
  onInsert: (image: { src: string; alt: string; caption: string }) => void;
  onClose: () => void;
};

/**
 * Asks for an inline image's alt text (required) and caption (optional) beside a preview, then
 * uploads it; the dialog stays open with the text typed if the upload fails. The caller checks the
 * file's type before opening it.
 */
export function ImageDialog({ file, onInsert, onClose }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preview = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(preview), [preview]);

  async function send(fields: FormData) {
    const alt = String(fields.get('alt') ?? '').trim();
    const caption = String(fields.get('caption') ?? '').trim();
    if (alt === '') return setError('Describe the image for readers who cannot see it.');
    setError(null);
    setBusy(true);
    const result = await uploadImage(file);
    setBusy(false);
    if ('error' in result) return setError(result.error);
    onInsert({ src: result.url, alt, caption });
  }

  return (
    <EditorDialog
      title="Describe the image"
      onClose={onClose}
      onSubmit={(fields) => void send(fields)}
      actions={
        <>
          <button type="button" onClick={onClose} className={dialogSecondary}>
            Cancel
          </button>
          <button type="submit" disabled={busy} className={dialogPrimary}>
            {busy ? 'Uploading…' : 'Insert image'}
          </button>
        </>
      }
    >
      {preview && (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of a file not uploaded yet
        <img src={preview} alt="" className="max-h-48 w-auto rounded-md border border-neutral-200 object-contain dark:border-neutral-700" />
      )}
      <div>
        <label htmlFor="image-alt" className="block text-sm font-semibold">
          Image description (alt text)
        </label>
        <input id="image-alt" name="alt" required aria-invalid={!!error && !busy} aria-describedby="image-alt-hint" className={inputClass} />
        <p id="image-alt-hint" className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
          What the picture shows, for readers who cannot see it.
        </p>
      </div>
      <div>
        <label htmlFor="image-caption" className="block text-sm font-semibold">
          Image caption (optional)
        </label>
        <input id="image-caption" name="caption" className={inputClass} />
      </div>
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </EditorDialog>
  );
}
