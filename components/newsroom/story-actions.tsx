'use client';

import { useState } from 'react';
import type { ArticleStatus } from '@/lib/domain';
import type { FieldErrors } from '@/lib/validation/story';
import type { StoryFormAllowed } from './story-form-types';

const STATUS_LABEL: Record<ArticleStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

const primary = 'w-full rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700';
const secondary =
  'w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700';
const danger = 'w-full rounded-md px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40';

function toLocalInput(ms: number | null): string {
  if (!ms) return '';
  const d = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 19);
}

/** Workflow buttons for the story's status, limited to what the user's role allows. */
export function StoryActions(props: { status: ArticleStatus; allowed: StoryFormAllowed; live: boolean; errors?: FieldErrors; hasId: boolean; publishedAt: number | null }) {
  const { status, allowed, live, errors } = props;
  const [when, setWhen] = useState(status === 'scheduled' ? toLocalInput(props.publishedAt) : '');
  const iso = when && !Number.isNaN(Date.parse(when)) ? new Date(when).toISOString() : when;
  const scheduledAhead = status === 'scheduled' && !live;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        Status: <strong>{STATUS_LABEL[status]}</strong>
      </p>
      {live ? (
        <fieldset className="space-y-1 rounded-md border border-neutral-300 p-3 dark:border-neutral-700" aria-describedby={errors?.changeKind ? 'changeKind-error' : undefined}>
          <legend className="px-1 text-sm font-semibold">Is this change substantive?</legend>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="changeKind" value="substantive" className="mt-1" /> Substantive update: readers see a new “Updated” time
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="changeKind" value="minor" className="mt-1" /> Minor fix (typo, formatting): dates stay as they are
          </label>
          {errors?.changeKind?.map((m) => (
            <p key={m} id="changeKind-error" className="text-sm font-medium text-red-700 dark:text-red-400">
              {m}
            </p>
          ))}
        </fieldset>
      ) : null}
      <div className="space-y-2">
        {live ? (
          <button type="submit" name="intent" value="save" className={primary}>
            Update
          </button>
        ) : (
          <button type="submit" name="intent" value="save" className={allowed.publish ? secondary : primary}>
            {status === 'draft' || !props.hasId ? 'Save draft' : 'Save'}
          </button>
        )}
        {!live && allowed.submit && status === 'draft' && (
          <button type="submit" name="intent" value="submit" className={allowed.publish ? secondary : primary}>
            Submit for review
          </button>
        )}
        {!live && allowed.publish && (
          <button type="submit" name="intent" value="publish" className={primary}>
            Publish now
          </button>
        )}
      </div>
      {!live && allowed.schedule && (
        <div className="space-y-2 border-t border-neutral-200 pt-3 dark:border-neutral-700">
          <label htmlFor="publishAtLocal" className="block text-sm font-semibold">
            Publish at
          </label>
          <input
            id="publishAtLocal"
            type="datetime-local"
            step={1}
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-invalid={!!errors?.publishAt}
            className="block w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm dark:border-neutral-700 dark:bg-neutral-900"
          />
          <input type="hidden" name="publishAt" value={iso} />
          {errors?.publishAt?.map((m) => (
            <p key={m} className="text-sm font-medium text-red-700 dark:text-red-400">
              {m}
            </p>
          ))}
          <button type="submit" name="intent" value="schedule" className={secondary}>
            {scheduledAhead ? 'Reschedule' : 'Schedule'}
          </button>
        </div>
      )}
      {(live || scheduledAhead) && allowed.unpublish && (
        <button type="submit" name="intent" value="unpublish" className={danger}>
          {scheduledAhead ? 'Unschedule' : 'Unpublish'}
        </button>
      )}
    </div>
  );
}
