'use client';

import type { ArticleStatus } from '@/lib/domain';
import type { StoryFormAllowed } from './story-form-types';

const primary = 'disabled:opacity-60 rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600 dark:hover:bg-brand-700';
const secondary =
  'disabled:opacity-60 rounded-md border border-neutral-300 bg-white px-3 py-1.5 text-sm font-semibold text-neutral-900 hover:bg-neutral-100 dark:border-neutral-600 dark:bg-neutral-800 dark:text-neutral-100 dark:hover:bg-neutral-700';

type Props = { status: ArticleStatus; allowed: StoryFormAllowed; live: boolean; hasId: boolean; busy?: boolean };

/** The primary workflow buttons (Save, Submit, Publish/Update, Schedule) for the story's status and the user's role; they sit in the sticky bar. */
export function StoryActions({ status, allowed, live, hasId, busy = false }: Props) {
  const scheduledAhead = status === 'scheduled' && !live;
  return (
    <div className="flex flex-wrap items-center gap-2">
      {live ? (
        <button type="submit" disabled={busy} name="intent" value="save" className={primary}>
          Update
        </button>
      ) : (
        <button type="submit" disabled={busy} name="intent" value="save" className={allowed.publish ? secondary : primary}>
          {status === 'draft' || !hasId ? 'Save draft' : 'Save'}
        </button>
      )}
      {!live && allowed.submit && (status === 'draft' || status === 'changes_requested') && (
        <button type="submit" disabled={busy} name="intent" value="submit" className={allowed.publish ? secondary : primary}>
          {status === 'changes_requested' ? 'Resubmit for review' : 'Submit for review'}
        </button>
      )}
      {!live && allowed.schedule && (
        <button type="submit" disabled={busy} name="intent" value="schedule" className={secondary}>
          {scheduledAhead ? 'Reschedule' : 'Schedule'}
        </button>
      )}
      {!live && allowed.publish && (
        <button type="submit" disabled={busy} name="intent" value="publish" className={primary}>
          Publish now
        </button>
      )}
    </div>
  );
}

