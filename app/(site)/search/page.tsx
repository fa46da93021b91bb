import type { Metadata } from 'next';
import Link from 'next/link';
import { listAuthorsForSearchFilter, MAX_COUNTED, searchPublishedArticles } from '@/db/queries/search';
import { formatDate, isoString } from '@/lib/format';
import { getSections } from '@/lib/reader';
import { site } from '@/lib/site';
import { searchParamsSchema, type SearchParamsInput } from '@/lib/validation/search';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = searchParamsSchema.safeParse(await searchParams);
  const q = parsed.success ? parsed.data.q : '';
  return {
    title: q.trim() ? `Search: ${q.trim().slice(0, 80)}` : 'Search',
    // Result pages are endless and thin; keep them out of search engines.
    robots: { index: false, follow: true },
    alternates: { canonical: '/search' },
  };
}

function searchHref(params: SearchParamsInput, page: number) {
  const query = new URLSearchParams({ q: params.q });
  if (params.section) query.set('section', params.section);
  if (params.author) query.set('author', params.author);
  if (page > 1) query.set('page', String(page));
  return `/search?${query.toString()}`;
}

const fieldClass =
  'w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100';
const linkButtonClass =
  'rounded-md border border-neutral-300 px-4 py-2 font-semibold text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-100 dark:hover:bg-neutral-800';

export default async function SearchPage({ searchParams }: Props) {
  // safeParse cannot fail here (every field has a fallback), so odd input never becomes a 500.
  const parsed = searchParamsSchema.safeParse(await searchParams);
  const params: SearchParamsInput = parsed.success ? parsed.data : { q: '', page: 1 };
  const [sections, authors] = [await getSections(), listAuthorsForSearchFilter()];
  const hasQuery = params.q.trim().length > 0;
  const result = hasQuery ? searchPublishedArticles(params.q, params, params.page) : null;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      <form action="/search" method="get" role="search" aria-label="Search stories" className="mt-6 grid gap-4 sm:grid-cols-[1fr_auto]">
        <div className="sm:col-span-2">
          <label htmlFor="search-q" className="mb-1 block text-sm font-semibold">
            Search for
          </label>
          <input id="search-q" name="q" type="search" defaultValue={params.q} maxLength={2000} className={fieldClass} />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <label htmlFor="search-section" className="mb-1 block text-sm font-semibold">
              Section
            </label>
            <select id="search-section" name="section" defaultValue={params.section ?? ''} className={fieldClass}>
              <option value="">All sections</option>
              {sections.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="search-author" className="mb-1 block text-sm font-semibold">
              Author
            </label>
            <select id="search-author" name="author" defaultValue={params.author ?? ''} className={fieldClass}>
              <option value="">All authors</option>
              {authors.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="self-end rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-600">
          Search
        </button>
      </form>

      {!result && (
        <p className="mt-10 text-neutral-700 dark:text-neutral-300">
          Type a word or two to search every story we have published. Matches in headlines come first.
        </p>
      )}
      {result && result.total > 0 && result.hits.length === 0 && (
        <p className="mt-10 text-neutral-700 dark:text-neutral-300">
          There are only {result.pageCount} pages of results. <Link href={searchHref(params, 1)} className="font-semibold text-brand-700 underline dark:text-blue-300">Back to the first page</Link>
        </p>
      )}
      {result && result.total === 0 && (
        <div className="mt-10 rounded-md border border-neutral-200 p-6 dark:border-neutral-800">
          <h2 className="font-serif text-xl font-bold">No stories found</h2>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            Nothing matches “{params.q.trim().slice(0, 200)}”{params.section || params.author ? ' with these filters' : ''}. Try fewer or
            different words{params.section || params.author ? ', or search all sections and authors' : ''}.
          </p>
        </div>
      )}
      {result && result.hits.length > 0 && (
        <section aria-labelledby="results-heading" className="mt-10">
          <h2 id="results-heading" className="text-sm font-bold tracking-widest text-neutral-700 uppercase dark:text-neutral-300">
            {result.total > MAX_COUNTED ? `More than ${MAX_COUNTED.toLocaleString('en-GB')}` : result.total} {result.total === 1 ? 'story' : 'stories'} found
          </h2>
          <ol className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800 [&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-inherit dark:[&_mark]:bg-yellow-500/40">
            {result.hits.map((hit) => (
              <li key={hit.id} className="py-5">
                <article>
                  <p className="text-xs font-bold tracking-wider text-accent uppercase dark:text-red-400">{hit.section.name}</p>
                  <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
                    {/* headlineHtml/excerptHtml are built by markedToHtml: every character escaped, only <mark> added. */}
                    <Link href={`/${hit.section.slug}/${hit.slug}`} className="text-neutral-900 hover:underline dark:text-neutral-50" dangerouslySetInnerHTML={{ __html: hit.headlineHtml }} />
                  </h3>
                  {hit.excerptHtml && <p className="mt-2 text-neutral-700 dark:text-neutral-300" dangerouslySetInnerHTML={{ __html: hit.excerptHtml }} />}
                  <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">
                    {hit.authors.length > 0 && <span>{hit.authors.map((a) => a.name).join(', ')} · </span>}
                    <time dateTime={isoString(hit.publishedAt)}>{formatDate(hit.publishedAt, site.timeZone, site.locale)}</time>
                  </p>
                </article>
              </li>
            ))}
          </ol>
          {result.pageCount > 1 && (
            <nav aria-label="Search result pages" className="mt-8 flex items-center justify-between gap-4 text-sm">
              {params.page > 1 ? <Link href={searchHref(params, params.page - 1)} rel="prev" className={linkButtonClass}>← Previous</Link> : <span />}
              <span className="text-neutral-600 dark:text-neutral-400">
                Page {params.page} of {result.pageCount}
              </span>
              {params.page < result.pageCount ? <Link href={searchHref(params, params.page + 1)} rel="next" className={linkButtonClass}>Next →</Link> : <span />}
            </nav>
          )}
        </section>
      )}
    </div>
  );
}
