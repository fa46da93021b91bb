'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { deleteUnusedTag, mergeTags, updateTagRecord } from '@/db/queries/taxonomy-admin';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { slugify } from '@/lib/validation/story';
import { idSchema, mergeTargetSchema, tagSchema } from '@/lib/validation/taxonomy';

const editors = { permission: 'taxonomy:manage', refuse: adminRefusal, missing: 'This tag no longer exists.' } as const;
const withId = z.object({ id: idSchema });

function expireTagPages() {
  showWriteToReaders();
  revalidatePath('/admin/tags');
}

/** Renames a tag; a new slug redirects the old tag page. */
export const renameTagAction = staffAction({ ...editors, schema: tagSchema.extend(withId.shape) }, async ({ actor, input: { id, ...input }, formData }): Promise<AdminFormState> => {
  const slug = input.slug || slugify(input.name);
  if (!slug) return refused(formData, { slug: ['Enter a slug: lowercase letters, digits and hyphens.'] });
  const result = await updateTagRecord(actor.id, id, { ...input, slug });
  if (!result.ok) return refused(formData, result.errors);
  expireTagPages();
  return { outcome: 'saved', message: result.value.oldSlug !== slug ? `Saved. /tags/${result.value.oldSlug} now redirects.` : 'Tag saved.' };
});

/** Moves a tag's stories to another tag and removes it; its address redirects there. */
export const mergeTagAction = staffAction(
  { ...editors, schema: mergeTargetSchema.extend(withId.shape), invalid: 'Nothing was merged.' },
  async ({ actor, input, formData }): Promise<AdminFormState> => {
    const result = await mergeTags(actor.id, input.id, input.target);
    if (!result.ok) return refused(formData, result.errors, 'Nothing was merged.');
    expireTagPages();
    return { outcome: 'saved', message: `Merged into /tags/${result.value.targetSlug}.` };
  },
);

export const deleteTagAction = staffAction({ ...editors, schema: withId, invalid: 'This tag no longer exists.' }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await deleteUnusedTag(actor.id, input.id);
  if (!result.ok) return refused(formData, result.errors, 'The tag was not deleted.');
  expireTagPages();
  return { outcome: 'saved', message: 'Tag deleted.' };
});
