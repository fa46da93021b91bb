'use server';

import { redirect } from 'next/navigation';
import { authorSlugTaken, createAuthor } from '@/db/queries/author-admin';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { authorSchema } from '@/lib/validation/author';
import { slugify } from '@/lib/validation/story';
import { storeUploadedImage } from '@/lib/store-upload';

/** Creates an author profile (a byline with or without a login). */
export const createAuthorAction = staffAction(
  { permission: 'authors:manage', schema: authorSchema, refuse: adminRefusal },
  async ({ actor, input, formData }): Promise<AdminFormState> => {
    const slug = input.slug || slugify(input.name);
    if (!slug) return refused(formData, { slug: ['Enter a slug: lowercase letters, digits and hyphens.'] });
    // Check everything else before storing a file, so a refused form leaves nothing behind.
    if (await authorSlugTaken(slug, null)) return refused(formData, { slug: ['Another author already uses this address. Choose a different slug.'] });
    const photo = await storeUploadedImage(formData, 'photo', actor.id);
    if (photo && 'error' in photo) return refused(formData, { photo: [photo.error] });
    const result = await createAuthor(actor.id, { ...input, slug, photoUrl: photo?.url ?? null });
    if (!result.ok) return refused(formData, result.errors);
    showWriteToReaders();
    redirect(`/admin/authors/${result.value!.id}?created=1`);
  },
);
