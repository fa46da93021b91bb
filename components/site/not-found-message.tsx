import Link from 'next/link';

/** What a reader sees for a page that does not exist, inside the site's header and footer. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-3xl py-12 text-center">
      <p className="text-sm font-bold tracking-widest text-accent uppercase dark:text-red-400">Error 404</p>
      <h1 className="mt-3 font-serif text-4xl font-bold sm:text-5xl">We can’t find that page</h1>
      <p className="mx-auto mt-4 max-w-xl text-lg text-neutral-700 dark:text-neutral-300">
        The story may have moved, or the address may be mistyped. Try the latest news or search our archive.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="rounded-md bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800">
          Latest news
        </Link>
        <Link href="/search" className="rounded-md border border-neutral-300 px-5 py-3 font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
          Search stories
        </Link>
      </div>
    </div>
  );
}
