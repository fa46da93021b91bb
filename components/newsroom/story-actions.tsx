'use client';

import type { ArticleStatus } from '@/lib/domain';
import { displayStatus } from '@/lib/workflow';
import type { FieldErrors } from '@/lib/validation/story';
import { PublishAtField } from './publish-at-field';
import { STATUS_LABEL } from './status-badge';
import type { StoryFormAllowed } from './story-form-types';

const primary = 'w-full rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700';
const secondary =
  'w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700';
const danger = 'w-full rounded-md px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950/40';

/** Workflow buttons for the story's status, limited to what the user's role allows. */
export function StoryActions(props: { status: ArticleStatus; allowed: StoryFormAllowed; live: boolean; errors?: FieldErrors; hasId: boolean; publishedAt: number | null; timeZone: string }) {
  const { status, allowed, live, errors } = props;
  const scheduledAhead = status === 'scheduled' && !live;
  return (
    <div className="space-y-3">
      <p className="text-sm">
        Status: <strong>{STATUS_LABEL[displayStatus({ status, publishedAt: props.publishedAt })]}</strong>
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
        {!live && allowed.submit && (status === 'draft' || status === 'changes_requested') && (
          <button type="submit" name="intent" value="submit" className={allowed.publish ? secondary : primary}>
            {status === 'changes_requested' ? 'Resubmit for review' : 'Submit for review'}
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
          <PublishAtField timeZone={props.timeZone} initialMs={status === 'scheduled' ? props.publishedAt : null} errors={errors?.publishAt} />
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
