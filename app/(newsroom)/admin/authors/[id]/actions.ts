'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { authorSlugTaken, deleteAuthor, getAuthorForAdmin, mergeAuthors, updateAuthor } from '@/db/queries/author-admin';
import { refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { authorize, requireStaff } from '@/lib/auth';
import { tagsFor } from '@/lib/cache-tags';
import { expireReaderPages } from '@/lib/newsroom-cache';
import { authorSchema, mergeAuthorSchema } from '@/lib/validation/author';
import { fieldErrors, slugify } from '@/lib/validation/story';
import { idSchema } from '@/lib/validation/taxonomy';
import { storeUploadedImage } from '../photo';

async function loadForAdmin(formData: FormData) {
  const actor = await requireStaff('/admin/authors');
  authorize(actor, 'authors:manage');
  const id = idSchema.safeParse(formData.get('id'));
  const author = id.success ? getAuthorForAdmin(id.data) : null;
  return { actor, author };
}

/** Reader pages that show this profile: its page under both slugs, and every listing with bylines. */
function expireAuthorPages(...slugs: string[]) {
  expireReaderPages(...slugs.map(tagsFor.author), tagsFor.listings, tagsFor.authorList);
}

/** Saves a profile; a new slug leaves a permanent redirect from the old address. */
export async function updateAuthorAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { actor, author } = await loadForAdmin(formData);
  if (!author) return refused(formData, {}, 'This author profile no longer exists.');
  const parsed = authorSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')));
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error));
  const slug = parsed.data.slug || slugify(parsed.data.name);
  if (authorSlugTaken(slug, author.id)) return refused(formData, { slug: ['Another author already uses this address. Choose a different slug.'] });
  const photo = await storeUploadedImage(formData, 'photo', actor.id);
  if (photo && 'error' in photo) return refused(formData, { photo: [photo.error] });
  const removePhoto = formData.get('removePhoto') === 'on';
  const result = updateAuthor(author.id, { ...parsed.data, slug, ...(photo ? { photoUrl: photo.url } : removePhoto ? { photoUrl: null } : {}) });
  if (!result.ok) return refused(formData, result.errors);
  expireAuthorPages(result.value.oldSlug, result.value.slug);
  revalidatePath(`/admin/authors/${author.id}`);
  const moved = result.value.oldSlug !== result.value.slug;
  return { outcome: 'saved', message: moved ? `Saved. /authors/${result.value.oldSlug} now redirects to /authors/${result.value.slug}.` : 'Profile saved.' };
}

/** Moves every byline of this profile to another one and removes this one. */
export async function mergeAuthorAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { actor, author } = await loadForAdmin(formData);
  if (!author) return refused(formData, {}, 'This author profile no longer exists.');
  const parsed = mergeAuthorSchema.safeParse({ target: formData.get('target') });
  if (!parsed.success) return refused(formData, fieldErrors(parsed.error), 'Nothing was merged.');
  const result = mergeAuthors(actor.id, author.id, parsed.data.target);
  if (!result.ok) return refused(formData, result.errors, 'Nothing was merged.');
  expireAuthorPages(result.value.sourceSlug, result.value.targetSlug);
  redirect(`/admin/authors/${parsed.data.target}?merged=${encodeURIComponent(result.value.sourceSlug)}`);
}

/** Deletes a profile without stories (a profile with stories is refused: merge it instead). */
export async function deleteAuthorAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { actor, author } = await loadForAdmin(formData);
  if (!author) return refused(formData, {}, 'This author profile no longer exists.');
  const result = deleteAuthor(actor.id, author.id);
  if (!result.ok) return refused(formData, result.errors, 'The profile was not deleted.');
  expireAuthorPages(result.value.slug);
  redirect('/admin/authors?deleted=1');
}
