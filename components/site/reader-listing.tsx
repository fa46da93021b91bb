import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { parsePage, parseSlug } from '@/lib/validation/params';

type WithPages = { stories: { pageCount: number } };

/**
 * Page `page` of a reader listing (section, author or tag): a malformed slug or a page past the
 * end is a 404, and a renamed one moves permanently to its new address, keeping the page.
 */
export async function loadListing<T extends WithPages>(
  slugParam: string,
  page: number,
  load: (slug: string, page: number) => Promise<T | null>,
  resolveRedirect: (oldSlug: string) => Promise<string | null>,
): Promise<T> {
  const slug = parseSlug(slugParam);
  if (!slug) notFound();
  const data = await load(slug, page);
  if (!data) {
    const target = await resolveRedirect(slug);
    if (target) permanentRedirect(page > 1 ? `${target}?page=${page}` : target);
    notFound();
  }
  if (page > 1 && page > data.stories.pageCount) notFound();
  return data;
}

type PagedProps<K extends string> = { params: Promise<Record<K | 'n', string>> };

/**
 * The `page/[n]` twin of a listing route, reached through the proxy's rewrite of `?page=N` so
 * page 1 stays cacheable: not indexed, canonical on the `?page=` address, page 1 redirects home.
 */
export function pagedListingRoute<K extends string>(
  param: K,
  basePath: (slug: string) => string,
  Listing: (props: { slugParam: string; page: number }) => Promise<ReactNode>,
) {
  return {
    async generateMetadata({ params }: PagedProps<K>): Promise<Metadata> {
      const p = await params;
      return { robots: { index: false, follow: true }, alternates: { canonical: `${basePath(p[param])}?page=${p.n}` } };
    },
    async Page({ params }: PagedProps<K>) {
      const p = await params;
      const page = parsePage(p.n);
      if (page === null) notFound();
      if (page === 1) permanentRedirect(basePath(p[param]));
      return <Listing slugParam={p[param]} page={page} />;
    },
  };
}
