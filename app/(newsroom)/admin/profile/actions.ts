'use server';

import { hash, verify } from '@node-rs/argon2';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { endAllSessions, getOwnProfile, getPasswordHash, setPasswordHash, updateOwnProfile } from '@/db/queries/users';
import { storeUploadedImage } from '@/lib/store-upload';
import type { Refusal } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { signOut } from '@/lib/auth';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import type { FieldErrors } from '@/lib/validation/story';
import { passwordSchema, profileSchema } from '@/lib/validation/profile';

type ProfileValues = { name: string; bio: string; links: string };
export type ProfileState = { outcome: 'idle' | 'saved' | 'error'; message?: string; errors?: FieldErrors; values?: ProfileValues };

const profileValues = (v: Record<string, string> | undefined): ProfileValues => ({ name: v?.name ?? '', bio: v?.bio ?? '', links: v?.links ?? '' });

/** Updates the signed-in user's own name, bio and photo (never anyone else's). */
export const updateProfileAction = staffAction(
  {
    schema: profileSchema,
    invalid: 'Check the highlighted fields.',
    refuse: (r: Refusal): ProfileState => ({ outcome: 'error', message: r.message, errors: r.errors, values: profileValues(r.values) }),
  },
  async ({ actor, input, formData }): Promise<ProfileState> => {
    const values = profileValues({ name: String(formData.get('name') ?? ''), bio: String(formData.get('bio') ?? ''), links: String(formData.get('links') ?? '') });
    const profile = await getOwnProfile(actor.id);
    let photoUrl = profile?.photoUrl ?? null;
    // The same door as every other image: size, per-account rate, pixel cap, decode queue.
    const stored = await storeUploadedImage(formData, 'photo', actor.id);
    if (stored && 'error' in stored) return { outcome: 'error', message: 'The photo was not saved.', errors: { photo: [stored.error] }, values };
    if (stored) photoUrl = stored.url;
    await updateOwnProfile(actor.id, { name: input.name, bio: input.bio, links: input.links, photoUrl });
    if (profile?.authorSlug) showWriteToReaders();
    revalidatePath('/admin', 'layout');
    return { outcome: 'saved', message: 'Profile saved.', values };
  },
);

export type PasswordState = { outcome: 'idle' | 'error'; message?: string; errors?: FieldErrors };

/** Changes the signed-in user's password; every session, this one included, ends. */
export const changePasswordAction = staffAction(
  {
    schema: passwordSchema,
    invalid: 'The password was not changed.',
    // Passwords are never sent back to the browser.
    keepValues: false,
    refuse: (r: Refusal): PasswordState => ({ outcome: 'error', message: r.message, errors: r.errors }),
  },
  async ({ actor, input }): Promise<PasswordState> => {
    const existing = await getPasswordHash(actor.id);
    const ok = existing ? await verify(existing, input.current).catch(() => false) : false;
    if (!ok) return { outcome: 'error', message: 'The password was not changed.', errors: { current: ['That is not your current password.'] } };
    await setPasswordHash(actor.id, await hash(input.next));
    await signOut({ redirectTo: '/login?passwordChanged=1' });
    return { outcome: 'idle' };
  },
);

const signOutEverywhere = staffAction({ schema: z.object({}), refuse: () => undefined }, async ({ actor }) => {
  await endAllSessions(actor.id);
  await signOut({ redirectTo: '/login?signedOutEverywhere=1' });
});

/** Ends every session of the signed-in user, on every device (a lost laptop, a shared computer). */
export async function signOutEverywhereAction(_state: unknown, formData: FormData): Promise<void> {
  await signOutEverywhere(null, formData);
}
