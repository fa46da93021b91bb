'use client';

import { useState } from 'react';
import { Field, inputClass } from './field';
import type { FieldErrors } from '@/lib/validation/story';
import { uploadImage } from './upload-image';

type Props = { initial: { url: string; alt: string; caption: string; credit: string }; errors?: FieldErrors; onChange: () => void };

/** Hero image upload with the alt text, caption and credit that must travel with it. */
export function HeroImageField({ initial, errors, onChange }: Props) {
  const [url, setUrl] = useState(initial.url);
  const [status, setStatus] = useState<string | null>(null);

  async function pick(file: File | undefined) {
    if (!file) return;
    setStatus('Uploading…');
    const result = await uploadImage(file);
    if ('error' in result) {
      setStatus(result.error);
      return;
    }
    setUrl(result.url);
    setStatus(null);
    onChange();
  }

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Hero image</legend>
      <input type="hidden" name="heroImageUrl" value={url} />
      {url && (
        // eslint-disable-next-line @next/next/no-img-element -- a preview of a just-uploaded file
        <img src={url} alt="" className="aspect-video max-h-56 w-auto rounded-md border border-neutral-200 object-cover dark:border-neutral-700" />
      )}
      <div className="flex flex-wrap items-center gap-3">
        <label className="cursor-pointer rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800">
          {url ? 'Replace image' : 'Upload image'}
          <input
            type="file"
            aria-label="Hero image file"
            accept="image/jpeg,image/png,image/webp,image/avif,image/gif"
            className="sr-only"
            onChange={(e) => void pick(e.target.files?.[0])}
          />
        </label>
        {url && (
          <button
            type="button"
            onClick={() => {
              setUrl('');
              onChange();
            }}
            className="text-sm text-red-700 underline dark:text-red-400"
          >
            Remove
          </button>
        )}
      </div>
      {status && (
        <p role="status" className="text-sm text-neutral-700 dark:text-neutral-300">
          {status}
        </p>
      )}
      {errors?.heroImageUrl && <p className="text-sm font-medium text-red-700 dark:text-red-400">{errors.heroImageUrl.join(' ')}</p>}
      <Field id="heroImageAlt" label="Alt text" hint="Required with an image: what the picture shows." errors={errors?.heroImageAlt}>
        <input id="heroImageAlt" name="heroImageAlt" defaultValue={initial.alt} aria-invalid={!!errors?.heroImageAlt} className={inputClass} />
      </Field>
      <Field id="heroImageCaption" label="Caption" errors={errors?.heroImageCaption}>
        <input id="heroImageCaption" name="heroImageCaption" defaultValue={initial.caption} className={inputClass} />
      </Field>
      <Field id="heroImageCredit" label="Credit" errors={errors?.heroImageCredit}>
        <input id="heroImageCredit" name="heroImageCredit" defaultValue={initial.credit} className={inputClass} />
      </Field>
    </fieldset>
  );
}
