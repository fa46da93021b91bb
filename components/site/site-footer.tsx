import Link from 'next/link';
import { getSiteSettings } from '@/lib/site-settings';

export async function SiteFooter() {
  const site = await getSiteSettings();
  return (
    <footer className="mt-16 border-t border-neutral-200 bg-neutral-50 dark:border-neutral-800 dark:bg-neutral-900">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-neutral-700 sm:grid-cols-2 dark:text-neutral-300">
        <div>
          <p className="font-serif text-xl font-bold text-neutral-900 dark:text-white">{site.name}</p>
          {site.tagline && <p className="mt-2 max-w-prose">{site.tagline}</p>}
          {site.footerText && <p className="mt-2 max-w-prose whitespace-pre-line">{site.footerText}</p>}
        </div>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 sm:justify-end">
          <li>
            <Link href="/search" className="underline-offset-4 hover:underline">
              Search
            </Link>
          </li>
          <li>
            <a href="/feed.xml" className="underline-offset-4 hover:underline">
              RSS
            </a>
          </li>
          <li>
            <Link href="/login" className="underline-offset-4 hover:underline">
              Staff sign-in
            </Link>
          </li>
        </ul>
        <p className="text-xs text-neutral-600 sm:col-span-2 dark:text-neutral-400">
          © {new Date().getUTCFullYear()} {site.name}. All rights reserved.
        </p>
      </div>
    </footer>
  );
}
