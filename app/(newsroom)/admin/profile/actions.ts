'use server';

import { hash, verify } from '@node-rs/argon2';
import { revalidatePath } from 'next/cache';
import { getOwnProfile, getPasswordHash, setPasswordHash, updateOwnProfile } from '@/db/queries/users';
import { recordMedia } from '@/db/queries/media';
import { requireStaffAction, signOut } from '@/lib/auth';
import { tagsFor } from '@/lib/cache-tags';
import { expireReaderPages } from '@/lib/newsroom-cache';
import { storeImage } from '@/lib/uploads';
import { fieldErrors, type FieldErrors } from '@/lib/validation/story';
import { passwordSchema, profileSchema } from '@/lib/validation/profile';

export type ProfileState = { outcome: 'idle' | 'saved' | 'error'; message?: string; errors?: FieldErrors; values?: { name: string; bio: string; links: string } };

/** Updates the signed-in user's own name, bio and photo (never anyone else's). */
export async function updateProfileAction(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const actor = await requireStaffAction();
  const values = { name: String(formData.get('name') ?? ''), bio: String(formData.get('bio') ?? ''), links: String(formData.get('links') ?? '') };
  const parsed = profileSchema.safeParse(values);
  if (!parsed.success) return { outcome: 'error', message: 'Check the highlighted fields.', errors: fieldErrors(parsed.error), values };
  const profile = getOwnProfile(actor.id);
  let photoUrl = profile?.photoUrl ?? null;
  const photo = formData.get('photo');
  if (photo instanceof File && photo.size > 0) {
    const stored = await storeImage(Buffer.from(await photo.arrayBuffer()));
    if ('error' in stored) return { outcome: 'error', message: 'The photo was not saved.', errors: { photo: [stored.error] }, values };
    recordMedia({ path: stored.path, width: stored.width, height: stored.height, mime: stored.mime, bytes: stored.bytes, createdById: actor.id });
    photoUrl = stored.url;
  }
  updateOwnProfile(actor.id, { name: parsed.data.name, bio: parsed.data.bio, links: parsed.data.links, photoUrl });
  if (profile?.authorSlug) {
    expireReaderPages(tagsFor.author(profile.authorSlug), tagsFor.listings, tagsFor.authorList);
  }
  revalidatePath('/admin', 'layout');
  return { outcome: 'saved', message: 'Profile saved.', values };
}

export type PasswordState = { outcome: 'idle' | 'error'; message?: string; errors?: FieldErrors };

/** Changes the signed-in user's password; every session, this one included, ends. */
export async function changePasswordAction(_prev: PasswordState, formData: FormData): Promise<PasswordState> {
  const actor = await requireStaffAction();
  const parsed = passwordSchema.safeParse({ current: formData.get('current'), next: formData.get('next'), confirm: formData.get('confirm') });
  if (!parsed.success) return { outcome: 'error', message: 'The password was not changed.', errors: fieldErrors(parsed.error) };
  const existing = getPasswordHash(actor.id);
  const ok = existing ? await verify(existing, parsed.data.current).catch(() => false) : false;
  if (!ok) return { outcome: 'error', message: 'The password was not changed.', errors: { current: ['That is not your current password.'] } };
  setPasswordHash(actor.id, await hash(parsed.data.next));
  await signOut({ redirectTo: '/login?passwordChanged=1' });
  return { outcome: 'idle' };
}
