'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getStoryAccess } from '@/db/queries/stories';
import { addStoryNote, deleteStory } from '@/db/queries/story-writes';
import { authorize, requireStaffAction } from '@/lib/auth';
import { expireStoryPages } from '@/lib/newsroom-cache';
import { fieldErrors, noteFormSchema, type FieldErrors } from '@/lib/validation/story';

const idSchema = z.coerce.number().int().positive();

export type NoteFormState = { outcome: 'idle' | 'saved' | 'error'; message?: string; errors?: FieldErrors; values?: { kind: string; body: string } };

/** Attaches a correction, clarification, update or editor's note to a published story. */
export async function addNoteAction(_prev: NoteFormState, formData: FormData): Promise<NoteFormState> {
  const actor = await requireStaffAction();
  const id = idSchema.safeParse(formData.get('id'));
  const story = id.success ? getStoryAccess(id.data) : null;
  if (!story) return { outcome: 'error', message: 'This story no longer exists.' };
  authorize(actor, 'story:note', story);
  const values = { kind: String(formData.get('kind') ?? ''), body: String(formData.get('body') ?? '') };
  if (story.status !== 'published' && story.status !== 'scheduled') {
    return { outcome: 'error', message: 'Notes go on published stories. Publish the story first.', values };
  }
  const parsed = noteFormSchema.safeParse(values);
  if (!parsed.success) return { outcome: 'error', message: 'The note needs attention.', errors: fieldErrors(parsed.error), values };
  addStoryNote(actor.id, story.id, parsed.data.kind, parsed.data.body);
  expireStoryPages({ id: story.id, slugs: [story.slug], authorSlugs: story.authorSlugs, sectionSlugs: [story.sectionSlug] });
  return { outcome: 'saved', message: 'Note added. Readers see it on the story now.' };
}

/** Deletes a story for good (editors: any story; others: their own drafts). */
export async function deleteStoryAction(_state: unknown, formData: FormData): Promise<void> {
  const actor = await requireStaffAction();
  const id = idSchema.safeParse(formData.get('id'));
  const story = id.success ? getStoryAccess(id.data) : null;
  if (!story) redirect('/admin');
  authorize(actor, 'story:delete', story);
  deleteStory(story.id, actor.id);
  if (story.status === 'published' || story.status === 'scheduled') {
    expireStoryPages({ id: story.id, slugs: [story.slug], authorSlugs: story.authorSlugs, sectionSlugs: [story.sectionSlug] });
  }
  redirect('/admin');
}
