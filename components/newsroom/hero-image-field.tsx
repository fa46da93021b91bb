'use client';

import { useState } from 'react';
import type { FieldErrors } from '@/lib/validation/story';
import { Field, inputClass } from './field';
import { IMAGE_TYPE_ERROR, IMAGE_TYPES } from './image-dialog';
import { uploadImage } from './upload-image';

type Props = { initial: { url: string; alt: string; caption: string; credit: string }; errors?: FieldErrors; onChange: () => void };

const button = 'cursor-pointer rounded-md border border-neutral-300 bg-white px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 focus-within:outline-3 focus-within:outline-brand-600 dark:border-neutral-600 dark:bg-neutral-800 dark:hover:bg-neutral-700';

/** Hero image near the top of the story: its preview beside the alt text, caption and credit that travel with it. */
export function HeroImageField({ initial, errors, onChange }: Props) {
  const [url, setUrl] = useState(initial.url);
  const [status, setStatus] = useState<string | null>(null);

  async function pick(file: File | undefined) {
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type)) return setStatus(IMAGE_TYPE_ERROR);
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
    <fieldset className="grid gap-4 rounded-lg border border-neutral-200 bg-white p-4 sm:grid-cols-[13rem_minmax(0,1fr)] dark:border-neutral-800 dark:bg-neutral-900">
      <legend className="px-1 text-sm font-semibold text-neutral-800 dark:text-neutral-200">Hero image</legend>
      <input type="hidden" name="heroImageUrl" value={url} />
      <div className="space-y-2">
        {url ? (
          // eslint-disable-next-line @next/next/no-img-element -- a preview of a just-uploaded file
          <img src={url} alt="" className="aspect-video w-full rounded-md border border-neutral-200 object-cover dark:border-neutral-700" />
        ) : (
          <div className="flex aspect-video w-full items-center justify-center rounded-md border-2 border-dashed border-neutral-300 text-sm text-neutral-600 dark:border-neutral-600 dark:text-neutral-400">
            No hero image
          </div>
        )}
        <div className="flex flex-wrap items-center gap-2">
          <label className={button}>
            {url ? 'Replace image' : 'Upload image'}
            <input
              type="file"
              aria-label="Hero image file"
              aria-invalid={!!errors?.heroImageUrl}
              accept={IMAGE_TYPES.join(',')}
              className="sr-only"
              onChange={(e) => {
                void pick(e.target.files?.[0]);
                e.target.value = '';
              }}
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
      </div>
      <div className="space-y-3">
        <Field id="heroImageAlt" label="Alt text" hint="Required with an image: what the picture shows." errors={errors?.heroImageAlt}>
          <input id="heroImageAlt" name="heroImageAlt" defaultValue={initial.alt} aria-invalid={!!errors?.heroImageAlt} aria-describedby={errors?.heroImageAlt ? 'heroImageAlt-error' : undefined} className={inputClass} />
        </Field>
        <Field id="heroImageCaption" label="Caption" errors={errors?.heroImageCaption}>
          <input id="heroImageCaption" name="heroImageCaption" defaultValue={initial.caption} aria-invalid={!!errors?.heroImageCaption} aria-describedby={errors?.heroImageCaption ? 'heroImageCaption-error' : undefined} className={inputClass} />
        </Field>
        <Field id="heroImageCredit" label="Credit" errors={errors?.heroImageCredit}>
          <input id="heroImageCredit" name="heroImageCredit" defaultValue={initial.credit} aria-invalid={!!errors?.heroImageCredit} aria-describedby={errors?.heroImageCredit ? 'heroImageCredit-error' : undefined} className={inputClass} />
        </Field>
      </div>
    </fieldset>
  );
}
