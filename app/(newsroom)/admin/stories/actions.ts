'use server';

import { z } from 'zod';
import { getStoryAccess, type StoryAccess } from '@/db/queries/stories';
import { writeStory, type StoryState } from '@/db/queries/story-writes';
import type { ArticleStatus } from '@/lib/domain';
import { authorize, requireStaffAction, type Staff } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { site } from '@/lib/site';
import { expireStoryPages } from '@/lib/newsroom-cache';
import type { StaffAction, StoryResource } from '@/lib/permissions';
import { fieldErrors, storyFormSchema, storyFormValues, type StoryFormInput, type StoryIntent } from '@/lib/validation/story';
import type { StoryFormState } from '@/lib/validation/story-state';

const PERMISSION: Record<StoryIntent, StaffAction> = {
  save: 'story:edit',
  autosave: 'story:edit',
  submit: 'story:submit',
  publish: 'story:publish',
  schedule: 'story:schedule',
  unpublish: 'story:unpublish',
};

const idSchema = z.union([z.literal(''), z.coerce.number().int().positive()]);
const intentSchema = z.enum(['save', 'autosave', 'submit', 'publish', 'schedule', 'unpublish']);

const isLive = (s: { status: ArticleStatus; publishedAt: number | null }, now: number) =>
  s.status === 'published' || (s.status === 'scheduled' && s.publishedAt !== null && s.publishedAt <= now);

/** Decides status and dates for the intent; only a substantive edit of a live story moves "Updated". */
function nextState(intent: StoryIntent, input: StoryFormInput, before: StoryAccess | null, updatedAt: Date | null, now: number): StoryState {
  const status = before?.status ?? 'draft';
  const publishedAt = before?.publishedAt ? new Date(before.publishedAt) : null;
  const live = before !== null && isLive(before, now);
  const touched = live && input.changeKind === 'substantive' ? new Date(now) : updatedAt;
  switch (intent) {
    case 'submit':
      return { status: 'in_review', publishedAt, updatedAt };
    case 'publish': {
      if (live) return { status: 'published', publishedAt, updatedAt: touched };
      // First publication (or back after unpublishing): keep an earlier real publication time.
      const first = publishedAt && publishedAt.getTime() <= now && status === 'unpublished' ? publishedAt : new Date(now);
      return { status: 'published', publishedAt: first, updatedAt: status === 'unpublished' ? touched : first };
    }
    case 'schedule':
      return { status: 'scheduled', publishedAt: input.publishAt, updatedAt: input.publishAt };
    case 'unpublish':
      return { status: 'unpublished', publishedAt, updatedAt };
    default:
      return { status, publishedAt, updatedAt: touched };
  }
}

const SUMMARY: Record<StoryIntent, string> = {
  save: 'Saved',
  autosave: 'Autosaved',
  submit: 'Submitted for review',
  publish: 'Published',
  schedule: 'Scheduled',
  unpublish: 'Unpublished',
};

/** Refusals that are part of the workflow, returned as data (permission refusals are 403s). */
function workflowError(intent: StoryIntent, input: StoryFormInput, before: StoryAccess | null, now: number): StoryFormState | null {
  const live = before !== null && isLive(before, now);
  if (intent === 'autosave' && before && before.status !== 'draft' && before.status !== 'in_review')
    return { outcome: 'error', message: 'Autosave is only for drafts. Use the Update button to save this story.' };
  if (live && (intent === 'save' || intent === 'publish') && !input.changeKind)
    return { outcome: 'error', message: 'Say whether this change is substantive.', errors: { changeKind: ['Choose one: substantive update or minor fix.'] } };
  if (live && intent === 'schedule') return { outcome: 'error', message: 'This story is already live. Unpublish it before scheduling it again.' };
  if (intent === 'unpublish' && (!before || (before.status !== 'published' && before.status !== 'scheduled')))
    return { outcome: 'error', message: 'Only a published or scheduled story can be unpublished.' };
  return null;
}

async function loadAndAuthorize(actor: Staff, rawId: FormDataEntryValue | null, intent: StoryIntent) {
  const id = idSchema.safeParse(rawId ?? '');
  if (!id.success) return { error: 'This story could not be found.' } as const;
  if (id.data === '') {
    authorize(actor, 'story:create');
    const draft: StoryResource = { status: 'draft', createdById: actor.id, authorIds: actor.authorId ? [actor.authorId] : [] };
    authorize(actor, PERMISSION[intent], draft);
    return { before: null } as const;
  }
  const before = getStoryAccess(id.data);
  if (!before) return { error: 'This story no longer exists. It may have been deleted.' } as const;
  authorize(actor, 'story:edit', before);
  authorize(actor, PERMISSION[intent], before);
  return { before } as const;
}

/** Saves the story form with one intent (save, autosave, submit, publish, schedule, unpublish). */
export async function saveStoryAction(_prev: StoryFormState, formData: FormData): Promise<StoryFormState> {
  const actor = await requireStaffAction();
  const intent = intentSchema.safeParse(formData.get('intent'));
  if (!intent.success) return { outcome: 'error', message: 'Unknown action.' };
  const loaded = await loadAndAuthorize(actor, formData.get('id'), intent.data);
  if ('error' in loaded) return { outcome: 'error', message: loaded.error };
  const { before } = loaded;

  const now = Date.now();
  const parsed = storyFormSchema(now).safeParse(storyFormValues(formData));
  if (!parsed.success) return { outcome: 'error', message: 'Some fields need attention.', errors: fieldErrors(parsed.error) };
  const input = parsed.data;
  const refused = workflowError(intent.data, input, before, now);
  if (refused) return refused;

  const authorIds = input.authorIds.length === 0 && !before && actor.authorId ? [actor.authorId] : input.authorIds;
  const updatedAt = before?.updatedAt ? new Date(before.updatedAt) : null;
  const state = nextState(intent.data, input, before, updatedAt, now);
  const summary =
    intent.data === 'schedule' && state.publishedAt
      ? `Scheduled for ${formatDateTime(state.publishedAt.getTime(), site.timeZone)}`
      : before && isLive(before, now) && input.changeKind
        ? `${SUMMARY[intent.data] === 'Published' ? 'Updated' : SUMMARY[intent.data]} (${input.changeKind === 'substantive' ? 'substantive update' : 'minor fix'})`
        : SUMMARY[intent.data];
  const result = writeStory(actor.id, before?.id ?? null, before ? input.version : 0, { ...input, authorIds }, state, summary);

  if (!result.ok) {
    if (result.kind === 'fields') return { outcome: 'error', message: 'Some fields need attention.', errors: result.errors };
    if (result.kind === 'missing') return { outcome: 'error', message: 'This story no longer exists. It may have been deleted.' };
    return {
      outcome: 'stale',
      message: `Someone else saved this story after you opened it (version ${result.current.version}${result.current.by ? ` by ${result.current.by}` : ''}, ${formatDateTime(result.current.modifiedAt, site.timeZone)}). Your changes were not saved; they are still in the form.`,
      conflict: result.current,
    };
  }
  const readerFacing = (before && (before.status === 'published' || before.status === 'scheduled')) || state.status === 'published' || state.status === 'scheduled';
  if (readerFacing) {
    expireStoryPages({
      id: result.id,
      slugs: [result.slug, ...(before ? [before.slug] : [])],
      authorSlugs: [...result.authorSlugs, ...(before?.authorSlugs ?? [])],
      sectionSlugs: [result.sectionSlug, ...(before ? [before.sectionSlug] : [])],
    });
  }
  return { outcome: 'saved', message: SUMMARY[intent.data], id: result.id, version: result.version, storyStatus: state.status, savedAt: now };
}
