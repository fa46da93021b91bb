'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authorSlugTaken, deleteAuthor, getAuthorForAdmin, mergeAuthors, STALE_PROFILE, updateAuthor } from '@/db/queries/author-admin';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { staffAction, versionField } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { authorSchema, mergeAuthorSchema } from '@/lib/validation/author';
import { slugify } from '@/lib/validation/story';
import { idSchema } from '@/lib/validation/taxonomy';
import { storeUploadedImage } from '@/lib/store-upload';

const withId = z.object({ id: idSchema });

/** Admins only, on a profile re-read from the database. */
const profileDoor = {
  permission: 'authors:manage',
  load: (input: { id: number }) => getAuthorForAdmin(input.id),
  missing: 'This author profile no longer exists.',
  refuse: adminRefusal,
} as const;

/**
 * Saves a profile; a new slug leaves a permanent redirect from the old address. The form names the
 * version it was loaded at, so a save over someone else's newer save is refused, nothing lost.
 */
export const updateAuthorAction = staffAction(
  { ...profileDoor, schema: authorSchema.extend({ id: idSchema, version: versionField }) },
  async ({ actor, input: { id: _id, version, ...input }, resource: author, formData }): Promise<AdminFormState> => {
    const slug = input.slug || slugify(input.name);
    if (author.version !== version) return refused(formData, {}, STALE_PROFILE);
    if (await authorSlugTaken(slug, author.id)) return refused(formData, { slug: ['Another author already uses this address. Choose a different slug.'] });
    // Checked before storing the photo, so a refused form leaves no file behind.
    const photo = await storeUploadedImage(formData, 'photo', actor.id);
    if (photo && 'error' in photo) return refused(formData, { photo: [photo.error] });
    const removePhoto = formData.get('removePhoto') === 'on';
    const result = await updateAuthor(actor.id, author.id, version, { ...input, slug, ...(photo ? { photoUrl: photo.url } : removePhoto ? { photoUrl: null } : {}) });
    if (!result.ok) return refused(formData, result.errors);
    showWriteToReaders();
    revalidatePath(`/admin/authors/${author.id}`);
    const moved = result.value.oldSlug !== result.value.slug;
    return { outcome: 'saved', message: moved ? `Saved. /authors/${result.value.oldSlug} now redirects to /authors/${result.value.slug}.` : 'Profile saved.' };
  },
);

/** Moves every byline of this profile to another one and removes this one. */
export const mergeAuthorAction = staffAction(
  { ...profileDoor, schema: mergeAuthorSchema.extend(withId.shape), invalid: 'Nothing was merged.' },
  async ({ actor, input, resource: author, formData }): Promise<AdminFormState> => {
    const result = await mergeAuthors(actor.id, author.id, input.target);
    if (!result.ok) return refused(formData, result.errors, 'Nothing was merged.');
    showWriteToReaders();
    redirect(`/admin/authors/${input.target}?merged=${encodeURIComponent(result.value.sourceSlug)}`);
  },
);

/** Deletes a profile without stories (a profile with stories is refused: merge it instead). */
export const deleteAuthorAction = staffAction({ ...profileDoor, schema: withId }, async ({ actor, resource: author, formData }): Promise<AdminFormState> => {
  const result = await deleteAuthor(actor.id, author.id);
  if (!result.ok) return refused(formData, result.errors, 'The profile was not deleted.');
  showWriteToReaders();
  redirect('/admin/authors?deleted=1');
});
