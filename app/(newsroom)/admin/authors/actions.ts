'use server';

import { redirect } from 'next/navigation';
import { authorSlugTaken, createAuthor } from '@/db/queries/author-admin';
import { refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { authorize, requireStaff } from '@/lib/auth';
import { tagsFor } from '@/lib/cache-tags';
import { expireReaderPages } from '@/lib/newsroom-cache';
import { authorSchema } from '@/lib/validation/author';
import { fieldErrors, slugify } from '@/lib/validation/story';
import { storeUploadedImage } from './photo';

/** Creates an author profile (a byline with or without a login). */
export async function createAuthorAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const actor = await requireStaff('/admin/authors');
  authorize(actor, 'authors:manage');
  const parsed = authorSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')));
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error));
  const slug = parsed.data.slug || slugify(parsed.data.name);
  if (!slug) return refused(formData, { slug: ['Enter a slug: lowercase letters, digits and hyphens.'] });
  // Check everything else before storing a file, so a refused form leaves nothing behind.
  if (authorSlugTaken(slug, null)) return refused(formData, { slug: ['Another author already uses this address. Choose a different slug.'] });
  const photo = await storeUploadedImage(formData, 'photo', actor.id);
  if (photo && 'error' in photo) return refused(formData, { photo: [photo.error] });
  const result = createAuthor({ ...parsed.data, slug, photoUrl: photo?.url ?? null });
  if (!result.ok) return refused(formData, result.errors);
  expireReaderPages(tagsFor.author(slug), tagsFor.authorList);
  redirect(`/admin/authors/${result.value.id}?created=1`);
}
