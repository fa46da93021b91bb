'use server';

import { revalidatePath } from 'next/cache';
import { createSection, deleteSection, updateSection } from '@/db/queries/taxonomy-admin';
import { refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { authorize, requireStaff } from '@/lib/auth';
import { tagsFor } from '@/lib/cache-tags';
import { expireReaderPages } from '@/lib/newsroom-cache';
import { fieldErrors, slugify } from '@/lib/validation/story';
import { idSchema, sectionSchema } from '@/lib/validation/taxonomy';

async function editor() {
  const actor = await requireStaff('/admin/sections');
  authorize(actor, 'taxonomy:manage');
  return actor;
}

/** Section names and order show in every reader header; stories list under them. */
function expireSectionPages() {
  expireReaderPages(tagsFor.taxonomy, tagsFor.listings);
  revalidatePath('/admin/sections');
}

function parse(formData: FormData) {
  const parsed = sectionSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const slug = parsed.data.slug || slugify(parsed.data.name);
  return slug ? { data: { ...parsed.data, slug } } : { errors: { slug: ['Enter a slug: lowercase letters, digits and hyphens.'] } };
}

export async function createSectionAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  await editor();
  const input = parse(formData);
  if (!input.data) return refused(formData, input.errors);
  const result = createSection(input.data);
  if (!result.ok) return refused(formData, result.errors);
  expireSectionPages();
  return { outcome: 'saved', message: `Section “${input.data.name}” created.` };
}

/** Saves a section; a new slug redirects the old section address (and its stories follow). */
export async function updateSectionAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  await editor();
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return refused(formData, {}, 'This section no longer exists.');
  const input = parse(formData);
  if (!input.data) return refused(formData, input.errors);
  const result = updateSection(id.data, input.data);
  if (!result.ok) return refused(formData, result.errors);
  expireSectionPages();
  const moved = result.value.oldSlug !== result.value.slug;
  return { outcome: 'saved', message: moved ? `Saved. /${result.value.oldSlug} now redirects to /${result.value.slug}.` : 'Section saved.' };
}

export async function deleteSectionAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  await editor();
  const id = idSchema.safeParse(formData.get('id'));
  if (!id.success) return refused(formData, {}, 'This section no longer exists.');
  const result = deleteSection(id.data);
  if (!result.ok) return refused(formData, result.errors, 'The section was not deleted.');
  expireSectionPages();
  return { outcome: 'saved', message: 'Section deleted.' };
}
