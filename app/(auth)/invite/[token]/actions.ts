'use server';

import { hash } from '@node-rs/argon2';
import { AuthError } from 'next-auth';
import { redeemInvitation } from '@/db/queries/invitations';
import { signIn } from '@/lib/auth';
import { newPasswordSchema, tokenSchema } from '@/lib/validation/staff';
import { fieldErrors, type FieldErrors } from '@/lib/validation/story';
import { invitationProblem } from './problems';

export type SetPasswordState = { outcome: 'idle' | 'done' | 'error'; message?: string; errors?: FieldErrors; email?: string };

/**
 * Sets the password of the account behind a one-time link (the link works once), then signs the
 * person in with it and opens the newsroom: they just proved they hold the link and chose the password.
 */
export async function setPasswordAction(_prev: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  const token = tokenSchema.safeParse(formData.get('token'));
  if (!token.success) return { outcome: 'error', message: invitationProblem('unknown') };
  const parsed = newPasswordSchema.safeParse({ password: formData.get('password'), confirm: formData.get('confirm') });
  if (!parsed.success) return { outcome: 'error', message: 'The password was not set.', errors: fieldErrors(parsed.error) };
  // argon2id (the library default), the same as sign-in verifies.
  const result = await redeemInvitation(token.data, await hash(parsed.data.password));
  if (!result.ok) return { outcome: 'error', message: invitationProblem(result.reason) };
  try {
    // Through the same door as the sign-in form (throttle, session id); its redirect is the success.
    await signIn('credentials', { email: result.email, password: parsed.data.password, redirectTo: '/admin' });
  } catch (error) {
    // Only if sign-in itself is refused (paused after failures on this connection): the password stands.
    if (!(error instanceof AuthError)) throw error;
  }
  return { outcome: 'done', message: 'Your password is set. You can sign in now.', email: result.email };
}
