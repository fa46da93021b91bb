'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getStoryAccess } from '@/db/queries/stories';
import { addStoryNote, deleteStory } from '@/db/queries/story-writes';
import type { Refusal } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { can } from '@/lib/permissions';
import { noteFormSchema, type FieldErrors } from '@/lib/validation/story';
import { isReaderFacing } from '@/lib/visibility';

const withId = z.object({ id: z.coerce.number().int().positive() });
const loadStory = (input: { id: number }) => getStoryAccess(input.id);

type NoteValues = { kind: string; body: string };
export type NoteFormState = { outcome: 'idle' | 'saved' | 'error'; message?: string; errors?: FieldErrors; values?: NoteValues };

/** Attaches a correction, clarification, update or editor's note to a published story. */
export const addNoteAction = staffAction(
  {
    schema: noteFormSchema.extend(withId.shape),
    load: loadStory,
    missing: 'This story no longer exists.',
    allow: (actor, story) => can(actor, 'story:note', story),
    invalid: 'The note needs attention.',
    refuse: (r: Refusal): NoteFormState => ({ outcome: 'error', message: r.message, errors: r.errors, values: { kind: r.values?.kind ?? '', body: r.values?.body ?? '' } }),
  },
  async ({ actor, input, resource: story }): Promise<NoteFormState> => {
    if (!isReaderFacing(story)) {
      return { outcome: 'error', message: 'Notes go on published stories. Publish the story first.', values: { kind: input.kind, body: input.body } };
    }
    await addStoryNote(actor.id, story.id, input.kind, input.body);
    showWriteToReaders();
    return { outcome: 'saved', message: 'Note added. Readers see it on the story now.' };
  },
);

const deleteOne = staffAction(
  { schema: withId, load: loadStory, allow: (actor, story) => can(actor, 'story:delete', story), refuse: () => redirect('/admin') },
  async ({ actor, resource: story }) => {
    await deleteStory(story.id, actor.id);
    if (isReaderFacing(story)) {
      showWriteToReaders();
    }
    redirect('/admin');
  },
);

/** Deletes a story for good (editors: any story; others: their own drafts). */
export async function deleteStoryAction(_state: unknown, formData: FormData): Promise<void> {
  await deleteOne(null, formData);
}
