'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { safeNextPath, signIn, SignInLocked } from '@/lib/auth';

export type SignInState = { error?: string; email: string };

const schema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  next: z.string().max(500).optional(),
});

// One message for unknown email and wrong password, so the form never reveals who has an account.
const WRONG = 'Email or password is incorrect.';
const LOCKED = 'Too many failed sign-in attempts from this connection. Sign-in is paused here for 15 minutes; try again later.';

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = schema.safeParse({ email: formData.get('email'), password: formData.get('password'), next: formData.get('next') ?? undefined });
  const email = typeof formData.get('email') === 'string' ? String(formData.get('email')).slice(0, 320) : '';
  if (!parsed.success) return { error: 'Enter your email and password.', email };
  try {
    await signIn('credentials', { email: parsed.data.email, password: parsed.data.password, redirectTo: safeNextPath(parsed.data.next) });
  } catch (error) {
    if (error instanceof SignInLocked || (error instanceof AuthError && (error as { code?: string }).code === 'locked')) return { error: LOCKED, email };
    if (error instanceof AuthError) return { error: WRONG, email };
    throw error;
  }
  return { email };
}
