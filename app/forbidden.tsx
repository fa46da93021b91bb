import Link from 'next/link';

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-20 text-center">
      <p className="text-sm font-bold tracking-widest text-red-700 uppercase dark:text-red-400">Error 403</p>
      <h1 className="mt-3 font-serif text-4xl font-bold">You don’t have access to this</h1>
      <p className="mt-4 text-lg text-neutral-700 dark:text-neutral-300">
        Your account’s role does not allow this page or action. Ask an editor or an administrator if you need it.
      </p>
      <p className="mt-8">
        <Link href="/admin" className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
          Back to the newsroom
        </Link>
      </p>
    </main>
  );
}
