import Link from 'next/link';
import { headers } from 'next/headers';
import { BreakingBanner } from '@/components/site/breaking-banner';
import { getBanner, getSections } from '@/lib/reader';
import { getSiteSettings } from '@/lib/site-settings';

const navLink = 'block px-2.5 py-2 whitespace-nowrap no-underline sm:px-3 sm:py-3';
const idle = 'text-neutral-800 hover:text-brand-700 dark:text-neutral-200 dark:hover:text-white';
const current = 'text-brand-700 underline decoration-2 underline-offset-8 dark:text-blue-300';

/**
 * Which navigation item the page is under: "page" on the home page or a section's own listing,
 * "true" on its stories and further pages (the section, not the page itself, is current). The
 * path is the request's own, set by the server for every request (scripts/server.mjs,
 * `x-reader-path`): a layout is not told its URL.
 */
async function currentIn(slug: string | null): Promise<'page' | 'true' | undefined> {
  const path = (await headers()).get('x-reader-path') ?? '';
  if (slug === null) return path === '/' ? 'page' : undefined;
  if (path === `/${slug}`) return 'page';
  return path.startsWith(`/${slug}/`) ? 'true' : undefined;
}

/** Masthead with the section navigation and a plain GET search form (no client JavaScript). */
export async function SiteHeader() {
  const [sections, site, banner] = await Promise.all([getSections(), getSiteSettings(), getBanner()]);
  const marks = await Promise.all([null, ...sections.map((s) => s.slug)].map(currentIn));
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      {banner && <BreakingBanner banner={banner} />}
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
      {/* Wraps on narrow screens rather than scrolling sideways: every section stays in view. */}
      <nav aria-label="Sections" className="border-t border-neutral-200 dark:border-neutral-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold">
          {[{ slug: null, href: '/', name: 'Latest' }, ...sections.map((s) => ({ slug: s.slug, href: `/${s.slug}`, name: s.name }))].map((item, i) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={marks[i]} className={`${navLink} ${marks[i] ? current : idle}`}>
                {item.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
