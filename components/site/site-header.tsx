import Link from 'next/link';
import { getSections } from '@/lib/reader';
import { getSiteSettings } from '@/lib/site-settings';

/** Masthead with the section navigation and a plain GET search form (no client JavaScript). */
export async function SiteHeader() {
  const [sections, site] = await Promise.all([getSections(), getSiteSettings()]);
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-5">
        {/* Named by its visible text (WCAG 2.5.3, label in name), with "home" added for screen readers. */}
        <Link href="/" className="group flex items-center gap-3 no-underline">
          {/* eslint-disable-next-line @next/next/no-img-element -- an admin-uploaded logo of unknown size */}
          {site.logoUrl && <img src={site.logoUrl} alt="" className="h-12 w-auto max-w-32 object-contain" />}
          <span>
            <span className="block font-serif text-3xl font-bold tracking-tight text-neutral-900 sm:text-4xl dark:text-white">
              {site.name}
            </span>
            <span className="block text-xs font-medium tracking-widest text-neutral-600 uppercase dark:text-neutral-400">
              {site.tagline.split(':')[0]}
            </span>
            <span className="sr-only">, home</span>
          </span>
        </Link>
        <form action="/search" method="get" role="search" className="flex w-full items-center gap-2 sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search stories
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder="Search stories"
            className="w-full min-w-0 rounded-md border border-neutral-300 bg-white px-3 py-2 text-sm text-neutral-900 placeholder:text-neutral-500 sm:w-64 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:placeholder:text-neutral-400"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600"
          >
            Search
          </button>
        </form>
      </div>
      <nav aria-label="Sections" className="border-t border-neutral-200 dark:border-neutral-800">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold">
          <li>
            <Link href="/" className="block px-3 py-3 text-neutral-800 no-underline hover:text-brand-700 dark:text-neutral-200 dark:hover:text-white">
              Latest
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s.slug}>
              <Link
                href={`/${s.slug}`}
                className="block px-3 py-3 whitespace-nowrap text-neutral-800 no-underline hover:text-brand-700 dark:text-neutral-200 dark:hover:text-white"
              >
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
