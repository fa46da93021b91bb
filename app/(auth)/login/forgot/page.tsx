import type { Metadata } from 'next';
import Link from 'next/link';
import { getSiteSettings } from '@/lib/site-settings';

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

// The newsroom sends no email (there is no mail server in its configuration), so a forgotten
// password is reset the way accounts are opened: an administrator issues a one-time link on the
// Staff screen and passes it on. Nothing here reveals who has an account or who the admins are.
export default async function ForgotPasswordPage() {
  const site = await getSiteSettings();
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-neutral-50 px-4 dark:bg-neutral-950">
      <div className="w-full max-w-md rounded-xl border border-neutral-200 bg-white p-8 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
        <p className="font-serif text-2xl font-bold">{site.name}</p>
        <h1 className="mt-1 text-sm font-medium tracking-widest text-neutral-600 uppercase dark:text-neutral-400">Forgot your password?</h1>
        <div className="mt-6 space-y-3 text-sm leading-relaxed text-neutral-800 dark:text-neutral-200">
          <p>This newsroom does not send email, so there is no reset message to wait for. An administrator resets passwords:</p>
          <ol className="list-decimal space-y-1 pl-5">
            <li>Ask one of your newsroom’s administrators for a password reset link (by phone, chat or in person).</li>
            <li>
              They open <strong>Staff</strong>, find your account and choose <strong>Password reset link</strong>: a one-time link, valid for
              72 hours, that they pass on to you.
            </li>
            <li>Open the link, choose a new password, and you are signed in.</li>
          </ol>
          <p>Your current password keeps working until the link is used. If your account was deactivated, the administrator has to reactivate it first.</p>
        </div>
        <p className="mt-6 flex flex-wrap justify-between gap-3 text-sm">
          <Link href="/login">Back to sign-in</Link>
          <Link href="/">Back to {site.name}</Link>
        </p>
      </div>
    </main>
  );
}
