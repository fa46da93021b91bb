'use server';

import { revalidatePath } from 'next/cache';
import { deleteUnusedTag, mergeTags, updateTagRecord } from '@/db/queries/taxonomy-admin';
import { refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { authorize, requireStaff } from '@/lib/auth';
import { tagsFor } from '@/lib/cache-tags';
import { expireReaderPages } from '@/lib/newsroom-cache';
import { fieldErrors, slugify } from '@/lib/validation/story';
import { idSchema, mergeTargetSchema, tagSchema } from '@/lib/validation/taxonomy';

async function editorTag(formData: FormData) {
  const actor = await requireStaff('/admin/tags');
  authorize(actor, 'taxonomy:manage');
  return idSchema.safeParse(formData.get('id'));
}

function expireTagPages() {
  expireReaderPages(tagsFor.taxonomy, tagsFor.listings);
  revalidatePath('/admin/tags');
}

/** Renames a tag; a new slug redirects the old tag page. */
export async function renameTagAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = await editorTag(formData);
  if (!id.success) return refused(formData, {}, 'This tag no longer exists.');
  const parsed = tagSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error));
  const slug = parsed.data.slug || slugify(parsed.data.name);
  if (!slug) return refused(formData, { slug: ['Enter a slug: lowercase letters, digits and hyphens.'] });
  const result = updateTagRecord(id.data, { ...parsed.data, slug });
  if (!result.ok) return refused(formData, result.errors);
  expireTagPages();
  return { outcome: 'saved', message: result.value.oldSlug !== slug ? `Saved. /tags/${result.value.oldSlug} now redirects.` : 'Tag saved.' };
}

/** Moves a tag's stories to another tag and removes it; its address redirects there. */
export async function mergeTagAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = await editorTag(formData);
  if (!id.success) return refused(formData, {}, 'This tag no longer exists.');
  const parsed = mergeTargetSchema.safeParse({ target: formData.get('target') });
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error), 'Nothing was merged.');
  const result = mergeTags(id.data, parsed.data.target);
  if (!result.ok) return refused(formData, result.errors, 'Nothing was merged.');
  expireTagPages();
  return { outcome: 'saved', message: `Merged into /tags/${result.value.targetSlug}.` };
}

export async function deleteTagAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = await editorTag(formData);
  if (!id.success) return refused(formData, {}, 'This tag no longer exists.');
  const result = deleteUnusedTag(id.data);
  if (!result.ok) return refused(formData, result.errors, 'The tag was not deleted.');
  expireTagPages();
  return { outcome: 'saved', message: 'Tag deleted.' };
}
