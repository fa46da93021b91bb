import type { ArticleStatus, WirePubstatus } from '@/lib/domain';
import { bodyHasContent, type FieldErrors, type StoryIntent } from '@/lib/validation/story';
import { isLive, isReaderFacing, isUnderEmbargo } from '@/lib/visibility';

// The publishing rules: what each intent does to a story's status and dates, and which intents
// the workflow refuses. Pure, so they are tested as a table (lib/workflow.test.ts); permissions
// (who may) are lib/permissions.ts, this is what happens when they may.

/** The status and dates a story had before the save; null for a new story. */
export type StoryBefore = {
  status: ArticleStatus;
  publishedAt: number | null;
  updatedAt: number | null;
  /** The wire (issue 12): the embargo the story went out under, and whether it was killed. */
  embargoUntil?: number | null;
  wireStatus?: WirePubstatus;
} | null;

/** What the form asked for that the rules depend on. */
export type WorkflowInput = {
  changeKind?: 'substantive' | 'minor';
  publishAt: Date | null;
  /** The embargo the form asks for; undefined when the form has no wire panel (keep the story's). */
  embargoUntil?: Date | null;
};

export type NextState = { status: ArticleStatus; publishedAt: Date | null; updatedAt: Date | null; embargoUntil: Date | null };

export type WorkflowRefusal = { message: string; errors?: FieldErrors };

/**
 * Status and dates after `intent`. "Updated" moves only for a substantive edit of a live story;
 * a first publication stamps both dates; republishing after an unpublish keeps the original
 * publication time (when it was real, not a schedule that never came).
 *
 * An embargo (issue 12): the story is published at once for clients, and its publication time is
 * the lift time, so the readers' rule "published and due" (db/queries/visibility.ts) keeps it off
 * every public surface until then, and the caches' next-change time includes the lift. Its embargo
 * then changes only by lifting it (db/queries/wire-actions.ts).
 */
export function nextState(intent: StoryIntent, input: WorkflowInput, before: StoryBefore, now: number): NextState {
  const status = before?.status ?? 'draft';
  const publishedAt = before?.publishedAt ? new Date(before.publishedAt) : null;
  const updatedAt = before?.updatedAt ? new Date(before.updatedAt) : null;
  const live = before !== null && isLive(before, now);
  const embargoed = before !== null && isUnderEmbargo(before, now);
  const kept = before?.embargoUntil ? new Date(before.embargoUntil) : null;
  const asked = input.embargoUntil === undefined ? kept : input.embargoUntil;
  const touched = live && input.changeKind === 'substantive' ? new Date(now) : updatedAt;
  switch (intent) {
    case 'submit':
      return { status: 'in_review', publishedAt, updatedAt, embargoUntil: asked };
    case 'publish': {
      if (live) return { status: 'published', publishedAt, updatedAt: touched, embargoUntil: kept };
      if (embargoed) return { status: 'published', publishedAt, updatedAt, embargoUntil: kept };
      if (asked && asked.getTime() > now) return { status: 'published', publishedAt: asked, updatedAt: asked, embargoUntil: asked };
      const first = publishedAt && publishedAt.getTime() <= now && status === 'unpublished' ? publishedAt : new Date(now);
      return { status: 'published', publishedAt: first, updatedAt: status === 'unpublished' ? touched : first, embargoUntil: null };
    }
    case 'schedule':
      return { status: 'scheduled', publishedAt: input.publishAt, updatedAt: input.publishAt, embargoUntil: null };
    case 'unpublish':
      return { status: 'unpublished', publishedAt, updatedAt, embargoUntil: kept };
    case 'save':
    case 'autosave':
      return { status, publishedAt, updatedAt: touched, embargoUntil: live || embargoed ? kept : asked };
  }
}

/** Statuses whose stories autosave: nobody reads them yet. */
const AUTOSAVED = new Set<ArticleStatus>(['draft', 'in_review', 'changes_requested']);

/** Refusals that are part of the workflow, returned to the form as data; null when allowed. */
export function workflowError(intent: StoryIntent, input: WorkflowInput, before: StoryBefore, now: number): WorkflowRefusal | null {
  const live = before !== null && isLive(before, now);
  // Under embargo, clients already have the story: its edits are versions for them, as after the lift.
  const embargoed = before !== null && isUnderEmbargo(before, now);
  if (before?.wireStatus === 'canceled' && intent !== 'save')
    return { message: 'This story was killed: it cannot go out again. Write a new story instead.' };
  if (intent === 'autosave' && before && !AUTOSAVED.has(before.status))
    return { message: 'Autosave is only for drafts. Use the Update button to save this story.' };
  if ((live || embargoed) && (intent === 'save' || intent === 'publish') && !input.changeKind)
    return { message: 'Say whether this change is substantive.', errors: { changeKind: ['Choose one: substantive update or minor fix.'] } };
  if (live && intent === 'schedule') return { message: 'This story is already live. Unpublish it before scheduling it again.' };
  if (embargoed && intent === 'schedule') return { message: 'This story is out to clients under an embargo. Lift the embargo or unpublish it first.' };
  if (live && input.embargoUntil && input.embargoUntil.getTime() !== before?.embargoUntil)
    return { message: 'This story is already on the site: an embargo is set when a story is first published.', errors: { embargoAt: ['Clear the embargo: the story is already public.'] } };
  if (intent === 'unpublish' && (!before || (before.status !== 'published' && before.status !== 'scheduled')))
    return { message: 'Only a published or scheduled story can be unpublished.' };
  return null;
}

/** What the form says after a save of this intent. */
export const INTENT_MESSAGE: Record<StoryIntent, string> = {
  save: 'Saved',
  autosave: 'Autosaved',
  submit: 'Submitted for review',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished',
};

/**
 * The line the version history shows. A publish of a story already live is an update, and an edit
 * of a live story says which kind; `scheduledFor` is the formatted time of a schedule.
 */
export function revisionSummary(intent: StoryIntent, input: WorkflowInput, before: StoryBefore, now: number, scheduledFor?: string): string {
  if (intent === 'schedule' && scheduledFor) return `Scheduled for ${scheduledFor}`;
  if (before && isLive(before, now) && input.changeKind) {
    const verb = intent === 'publish' ? 'Updated' : INTENT_MESSAGE[intent];
    return `${verb} (${input.changeKind === 'substantive' ? 'substantive update' : 'minor fix'})`;
  }
  return INTENT_MESSAGE[intent];
}

/** What the readiness checks look at: the story as it would be saved. */
export type ReadinessInput = {
  headline: string;
  sectionId: number | null;
  authorIds: readonly number[];
  body: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
};

const WHEN: Partial<Record<StoryIntent, string>> = {
  submit: 'before it goes to review',
  publish: 'before it is published',
  schedule: 'before it is scheduled',
  save: 'while it is on the reader site',
};

/**
 * What must be in place before a story leaves the writer's hands, with the reason beside each
 * field; null when nothing is missing. Drafts (save, autosave) need none of it. Submitting asks for
 * a headline, section, body and alt text, so the desk reviews a story that could run; the byline
 * is asked for only when the story goes to readers (publish, schedule, or a save of a story that is
 * published or scheduled), since the desk may set a wire or agency byline during review.
 */
export function readinessRefusal(intent: StoryIntent, story: ReadinessInput, before: StoryBefore): WorkflowRefusal | null {
  const toReaders = intent === 'publish' || intent === 'schedule' || (intent === 'save' && before !== null && isReaderFacing(before));
  if (!toReaders && intent !== 'submit') return null;
  const when = WHEN[intent]!;
  const errors: FieldErrors = {};
  if (story.headline.trim() === '') errors.headline = [`Write a headline ${when}.`];
  if (story.sectionId === null) errors.sectionId = [`Pick a section ${when}.`];
  if (toReaders && story.authorIds.length === 0) errors.authorIds = [`Add a byline ${when}: a staff author, or the wire or agency the story comes from.`];
  if (!bodyHasContent(story.body)) errors.body = [`Write the story ${when}: the body is empty.`];
  if (story.heroImageUrl && story.heroImageAlt.trim() === '') errors.heroImageAlt = ['Describe the image for readers who cannot see it.'];
  if (Object.keys(errors).length === 0) return null;
  const verb = intent === 'submit' ? 'submitted' : intent === 'schedule' ? 'scheduled' : intent === 'publish' ? 'published' : 'saved';
  return { message: `Not ${verb}: some fields need attention.`, errors };
}

/**
 * The status the newsroom shows: a scheduled story whose time has come is live, so it reads
 * "Published" in badges, filters and counts. The one place this is decided for a story in hand;
 * displayStatusSql() in db/queries/stories.ts is the same rule in SQL.
 */
export function displayStatus(story: { status: ArticleStatus; publishedAt: number | null }, now: number = Date.now()): ArticleStatus {
  return story.status === 'scheduled' && isLive(story, now) ? 'published' : story.status;
}

/** Only a story waiting in the review queue can be sent back to its writer. */
export function sendBackRefusal(status: ArticleStatus): string | null {
  return status === 'in_review' ? null : 'Only a story in the review queue can be sent back. Someone may have acted on it already; reload the page.';
}
