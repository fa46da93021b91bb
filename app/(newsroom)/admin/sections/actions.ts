'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { createSection, deleteSection, updateSection } from '@/db/queries/taxonomy-admin';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { slugify } from '@/lib/validation/story';
import { idSchema, sectionSchema } from '@/lib/validation/taxonomy';

const editors = { permission: 'taxonomy:manage', refuse: adminRefusal } as const;
const SLUG_MISSING = { slug: ['Enter a slug: lowercase letters, digits and hyphens.'] };

/** Section names and order show in every reader header; stories list under them. */
function expireSectionPages() {
  showWriteToReaders();
  revalidatePath('/admin/sections');
}

export const createSectionAction = staffAction({ ...editors, schema: sectionSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const slug = input.slug || slugify(input.name);
  if (!slug) return refused(formData, SLUG_MISSING);
  const result = await createSection(actor.id, { ...input, slug });
  if (!result.ok) return refused(formData, result.errors);
  expireSectionPages();
  return { outcome: 'saved', message: `Section “${input.name}” created.` };
});

/** Saves a section; a new slug redirects the old section address (and its stories follow). */
export const updateSectionAction = staffAction(
  { ...editors, schema: sectionSchema.extend({ id: idSchema }) },
  async ({ actor, input: { id, ...input }, formData }): Promise<AdminFormState> => {
    const slug = input.slug || slugify(input.name);
    if (!slug) return refused(formData, SLUG_MISSING);
    const result = await updateSection(actor.id, id, { ...input, slug });
    if (!result.ok) return refused(formData, result.errors);
    expireSectionPages();
    const moved = result.value.oldSlug !== result.value.slug;
    return { outcome: 'saved', message: moved ? `Saved. /${result.value.oldSlug} now redirects to /${result.value.slug}.` : 'Section saved.' };
  },
);

export const deleteSectionAction = staffAction(
  { ...editors, schema: z.object({ id: idSchema }), invalid: 'This section no longer exists.' },
  async ({ actor, input, formData }): Promise<AdminFormState> => {
    const result = await deleteSection(actor.id, input.id);
    if (!result.ok) return refused(formData, result.errors, 'The section was not deleted.');
    expireSectionPages();
    return { outcome: 'saved', message: 'Section deleted.' };
  },
);
