'use server';

import { signOut } from '@/lib/auth';

/** Ends the session; anyone may sign themselves out. */
export async function signOutAction() {
  await signOut({ redirectTo: '/login?signedOut=1' });
}
