import type { Metadata } from 'next';
import { connection } from 'next/server';
import { inspectInvitation } from '@/db/queries/invitations';
import { getSiteSettings } from '@/lib/site-settings';
import { tokenSchema } from '@/lib/validation/staff';
import { SetPasswordForm } from './_components/set-password-form';
import { invitationProblem } from './problems';

export const metadata: Metadata = { title: 'Set your password', robots: { index: false }, referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

/** The one-time page behind an invitation or password-reset link. */
export default async function InvitePage({ params }: Props) {
  await connection();
  const { token } = await params;
  const parsed = tokenSchema.safeParse(token);
  const check = parsed.success ? await inspectInvitation(parsed.data) : ({ ok: false, reason: 'unknown' } as const);
  const site = await getSiteSettings();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-neutral-50 px-4 dark:bg-neutral-950">
      <div className="w-full max-w-sm rounded-xl border border-neutral-200 bg-white p-8 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
        <p className="font-serif text-2xl font-bold">{site.name}</p>
        <h1 className="mt-1 text-sm font-medium tracking-widest text-neutral-600 uppercase dark:text-neutral-400">
          {check.ok && check.purpose === 'reset' ? 'Choose a new password' : 'Set your password'}
        </h1>
        {check.ok ? (
          <>
            <p className="mt-6 text-sm text-neutral-700 dark:text-neutral-300">
              {check.purpose === 'invite' ? 'Welcome, ' : 'Hello, '}
              <strong>{check.name}</strong>. You will sign in as <strong>{check.email}</strong>.
            </p>
            <SetPasswordForm token={parsed.data!} email={check.email} />
          </>
        ) : (
          <p role="alert" className="mt-6 text-sm font-medium text-red-700 dark:text-red-400">
            {invitationProblem(check.reason)}
          </p>
        )}
      </div>
    </main>
  );
}
