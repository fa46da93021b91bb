'use client';

import Link from 'next/link';
import type { ArticleStatus } from '@/lib/domain';
import { toZonedInput } from '@/lib/time-zone';
import type { FieldErrors } from '@/lib/validation/story';
import { displayStatus } from '@/lib/workflow';
import { SiteTimeField } from './site-time-field';
import { STATUS_LABEL } from './status-badge';
import type { StoryFormAllowed } from './story-form-types';

const danger = 'w-full rounded-md px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40';
const link = 'font-semibold text-brand-700 underline dark:text-blue-300';

type Props = {
  id: number | null;
  status: ArticleStatus;
  publishedAt: number | null;
  allowed: StoryFormAllowed;
  live: boolean;
  readerUrl: string | null;
  timeZone: string;
  errors?: FieldErrors;
};

/** The story's status, the substantive-or-minor choice, when to publish, unpublishing and the story's other pages. */
export function StorySidePanel({ id, status, publishedAt, allowed, live, readerUrl, timeZone, errors }: Props) {
  const scheduledAhead = status === 'scheduled' && !live;
  return (
    <div className="space-y-3 rounded-lg border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
      <p className="text-sm">
        Status: <strong>{STATUS_LABEL[displayStatus({ status, publishedAt })]}</strong>
      </p>
      {live && (
        <fieldset className={`space-y-1 rounded-md border p-3 ${errors?.changeKind ? 'border-red-600 ring-1 ring-red-600 dark:border-red-400 dark:ring-red-400' : 'border-neutral-300 dark:border-neutral-700'}`} aria-describedby={errors?.changeKind ? 'changeKind-error' : undefined}>
          <legend className="px-1 text-sm font-semibold">Is this change substantive?</legend>
          {(
            [
              ['substantive', 'Substantive update: readers see a new “Updated” time'],
              ['minor', 'Minor fix (typo, formatting): dates stay as they are'],
            ] as const
          ).map(([value, text], i) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              {/* data-invalid: a refused save focuses the choice (aria-invalid is not for radios). */}
              <input type="radio" name="changeKind" value={value} data-invalid={i === 0 && !!errors?.changeKind} className="mt-1" /> {text}
            </label>
          ))}
          {errors?.changeKind?.map((m) => (
            <p key={m} id="changeKind-error" className="text-sm font-medium text-red-700 dark:text-red-400">
              {m}
            </p>
          ))}
        </fieldset>
      )}
      {!live && allowed.schedule && (
        <SiteTimeField id="publishAt" label="Publish at" timeZone={timeZone} initialValue={status === 'scheduled' && publishedAt ? toZonedInput(publishedAt, timeZone) : ''} step={1} errors={errors?.publishAt} />
      )}
      {(live || scheduledAhead) && allowed.unpublish && (
        <button type="submit" name="intent" value="unpublish" className={danger}>
          {scheduledAhead ? 'Unschedule' : 'Unpublish'}
        </button>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {id !== null && (
          <>
            <Link href={`/admin/stories/${id}/preview`} target="_blank" className={link}>
              Preview
            </Link>
            <Link href={`/admin/stories/${id}/history`} className={link}>
              History
            </Link>
          </>
        )}
        {readerUrl && (
          <a href={readerUrl} target="_blank" rel="noreferrer" className={link}>
            View on site
          </a>
        )}
      </p>
    </div>
  );
}
