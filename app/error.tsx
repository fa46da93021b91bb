'use client';

import Link from 'next/link';

// Error boundaries must be client components. It shows a friendly message and never the error
// itself: details stay in the server log under the digest.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-20 text-center">
      <p className="text-sm font-bold tracking-widest text-red-700 uppercase dark:text-red-400">Something went wrong</p>
      <h1 className="mt-3 font-serif text-4xl font-bold">This page could not be shown</h1>
      <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">Please try again in a moment.</p>
      {error.digest && <p className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">Reference: {error.digest}</p>}
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
          Try again
        </button>
        <Link href="/" className="rounded-md border border-neutral-300 px-5 py-3 font-semibold dark:border-neutral-700">
          Home
        </Link>
      </div>
    </main>
  );
}
