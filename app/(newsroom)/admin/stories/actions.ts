'use server';

import { z } from 'zod';
import { getStoryAccess, type StoryAccess } from '@/db/queries/stories';
import { writeStory } from '@/db/queries/story-writes';
import { existingTagSlugs } from '@/db/queries/tag-search';
import { staffBylines } from '@/db/queries/users';
import type { Refusal } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import type { Staff } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { getSiteSettings } from '@/lib/site-settings';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { bylinesNeedingEditor, can, type StaffAction, type StoryResource } from '@/lib/permissions';
import { parseNewTags, storyFormSchema, storyFormValues, type StoryFormInput, type StoryIntent } from '@/lib/validation/story';
import { wireFieldsOf } from '@/lib/validation/wire';
import type { StoryFormState } from '@/lib/validation/story-state';
import { isReaderFacing } from '@/lib/visibility';
import { INTENT_MESSAGE, nextState, readinessRefusal, revisionSummary, workflowError } from '@/lib/workflow';

const PERMISSION: Record<StoryIntent, StaffAction> = {
  save: 'story:edit',
  autosave: 'story:edit',
  submit: 'story:submit',
  publish: 'story:publish',
  schedule: 'story:schedule',
  unpublish: 'story:unpublish',
};

const idSchema = z.union([z.literal(''), z.coerce.number().int().positive()]);
// "Publish at" is typed in the site's zone, so the schema needs the site settings.
const saveSchema = async () => z.intersection(z.object({ id: idSchema }), storyFormSchema(Date.now(), (await getSiteSettings()).timeZone));

/** May `actor` do `intent` to this story (or, for a new one, to a draft of their own)? */
function mayDo(actor: Staff, before: StoryAccess | null, intent: StoryIntent): boolean {
  if (before === null) {
    const draft: StoryResource = { status: 'draft', createdById: actor.id, authorIds: actor.authorId ? [actor.authorId] : [] };
    return can(actor, 'story:create') && can(actor, PERMISSION[intent], draft);
  }
  return can(actor, 'story:edit', before) && can(actor, PERMISSION[intent], before);
}

/** A colleague's byline needs an editor: the refusal beside the byline field, or null. */
async function bylineRefusal(actor: Staff, input: StoryFormInput, before: StoryAccess | null): Promise<StoryFormState | null> {
  const staff = await staffBylines(input.authorIds);
  const refused = bylinesNeedingEditor(actor, input.authorIds, before?.authorIds ?? [], new Set(staff.keys()));
  if (refused.length === 0) return null;
  const names = refused.map((id) => staff.get(id)).join(', ');
  return {
    outcome: 'error',
    message: 'Some fields need attention.',
    errors: { authorIds: [`Only an editor can add a colleague’s byline (${names}). Remove it, or ask an editor to add it.`] },
  };
}

/**
 * New tags need 'tag:create' (contributors pick existing ones). A name that is already a tag is
 * simply picked. Otherwise the save is refused beside the tag field, the names staying in the
 * form; an autosave keeps the draft without them, so the text is never lost for a tag.
 */
async function withPermittedTags(actor: Staff, input: StoryFormInput): Promise<{ input: StoryFormInput } | { refusal: StoryFormState }> {
  const wanted = parseNewTags(input.newTags);
  if (wanted.length === 0 || can(actor, 'tag:create')) return { input };
  const existing = await existingTagSlugs(wanted.map((t) => t.slug));
  const unknown = wanted.filter((t) => !existing.has(t.slug));
  const picked = { ...input, tagIds: [...new Set([...input.tagIds, ...existing.values()])], newTags: '' };
  if (unknown.length === 0 || input.intent === 'autosave') return { input: picked };
  const names = unknown.map((t) => `“${t.name}”`).join(', ');
  return {
    refusal: {
      outcome: 'error',
      message: 'Some fields need attention.',
      errors: { newTags: [`Only editors and journalists can create new tags (${names}). Remove it and pick an existing tag, or ask an editor to add it.`] },
    },
  };
}

/** Saves the story form with one intent (save, autosave, submit, publish, schedule, unpublish). */
export const saveStoryAction = staffAction(
  {
    schema: saveSchema,
    read: (formData) => ({ ...storyFormValues(formData), id: formData.get('id') ?? '' }),
    load: async (input) => {
      if (input.id === '') return { before: null };
      const before = await getStoryAccess(input.id);
      return before ? { before } : null;
    },
    missing: 'This story no longer exists. It may have been deleted.',
    allow: (actor, { before }, input) => mayDo(actor, before, input.intent),
    invalid: 'Some fields need attention.',
    refuse: (r: Refusal): StoryFormState => ({ outcome: 'error', message: r.message, errors: r.errors }),
  },
  async ({ actor, input: { id: _id, ...sent }, resource: { before } }): Promise<StoryFormState> => {
    const tags = await withPermittedTags(actor, sent);
    if ('refusal' in tags) return tags.refusal;
    const { input } = tags;
    const now = Date.now();
    const site = await getSiteSettings();
    const wire = wireFieldsOf(input);
    const flow = { ...input, embargoUntil: wire?.embargoUntil };
    const refusal = workflowError(input.intent, flow, before, now);
    if (refusal) return { outcome: 'error', ...refusal };
    const bylines = await bylineRefusal(actor, input, before);
    if (bylines) return bylines;

    const authorIds = input.authorIds.length === 0 && !before && actor.authorId ? [actor.authorId] : input.authorIds;
    const unready = readinessRefusal(input.intent, { ...input, authorIds }, before);
    if (unready) return { outcome: 'error', ...unready };
    const state = nextState(input.intent, flow, before, now);
    const submission = input.intent === 'submit' ? { submittedAt: new Date(now), submittedById: actor.id } : {};
    const scheduledFor = state.publishedAt ? formatDateTime(state.publishedAt.getTime(), site.timeZone) : undefined;
    const embargoNew = input.intent === 'publish' && state.embargoUntil !== null && state.embargoUntil.getTime() !== before?.embargoUntil;
    const summary = embargoNew ? `Published under embargo until ${scheduledFor}` : revisionSummary(input.intent, input, before, now, scheduledFor);
    const result = await writeStory(
      actor.id,
      before?.id ?? null,
      before ? input.version : 0,
      { ...input, authorIds, wire },
      { ...state, ...submission },
      summary,
      undefined,
      { changeKind: input.changeKind, timeZone: site.timeZone },
    );

    if (!result.ok) {
      if (result.kind === 'fields') return { outcome: 'error', message: 'Some fields need attention.', errors: result.errors };
      if (result.kind === 'missing') return { outcome: 'error', message: 'This story no longer exists. It may have been deleted.' };
      return {
        outcome: 'stale',
        message: `Someone else saved this story after you opened it (version ${result.current.version}${result.current.by ? ` by ${result.current.by}` : ''}, ${formatDateTime(result.current.modifiedAt, site.timeZone)}). Your changes were not saved; they are still in the form.`,
        conflict: result.current,
      };
    }
    if ((before && isReaderFacing(before)) || isReaderFacing(state)) {
      showWriteToReaders();
    }
    const message = embargoNew ? `Sent to clients under embargo until ${scheduledFor}; readers see it then.` : INTENT_MESSAGE[input.intent];
    return { outcome: 'saved', message, id: result.id, version: result.version, storyStatus: state.status, savedAt: now };
  },
);
