import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentStaff, safeNextPath } from '@/lib/auth';
import { getSiteSettings } from '@/lib/site-settings';
import { LoginForm } from './_components/login-form';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const site = await getSiteSettings();
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getCurrentStaff()) redirect(next);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center bg-neutral-50 px-4 dark:bg-neutral-950">
      <div className="w-full max-w-sm rounded-xl border border-neutral-200 bg-white p-8 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
        <p className="font-serif text-2xl font-bold">{site.name}</p>
        <h1 className="mt-1 text-sm font-medium tracking-widest text-neutral-600 uppercase dark:text-neutral-400">Newsroom sign-in</h1>
        {params.signedOut === '1' && <p className="mt-6 text-sm text-neutral-700 dark:text-neutral-300">You have signed out.</p>}
        {params.signedOutEverywhere === '1' && <p className="mt-6 text-sm text-neutral-700 dark:text-neutral-300">You have signed out on every device.</p>}
        {params.passwordChanged === '1' && (
          <p className="mt-6 text-sm text-neutral-700 dark:text-neutral-300">Your password was changed. Sign in with the new one.</p>
        )}
        <LoginForm next={next} />
        <p className="mt-6 flex flex-wrap justify-between gap-3 text-sm">
          <Link href="/login/forgot">Forgot your password?</Link>
          <Link href="/">Back to {site.name}</Link>
        </p>
      </div>
    </main>
  );
}
