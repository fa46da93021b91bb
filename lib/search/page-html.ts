/**
 * The search page's content as an HTML string. Search answers a new question on almost every
 * request, so it is not rendered by React: app/(site)/search/route.ts puts this markup into the
 * site's frame (header, footer, styles), which React renders once and the framework caches.
 * Every value from the query or the database goes through `escapeHtml`; the only raw HTML is the
 * highlighted headline and excerpt, which `markedToHtml` builds from escaped text plus <mark>.
 */
import type { SearchResult } from '@/db/queries/search';
import { formatDate, isoString } from '@/lib/format';
import type { SearchParamsInput } from '@/lib/validation/search';
import { escapeHtml } from './match';

export type SearchPageInput = {
  params: SearchParamsInput;
  sections: { slug: string; name: string }[];
  authors: { slug: string; name: string }[];
  /** null when nothing was asked (the empty form). */
  result: SearchResult | null;
  maxCounted: number;
  timeZone: string;
  locale: string;
  /** Set when the query was longer than the search reads: the page says so instead of searching. */
  tooLong?: { chars: number; limit: number };
};

const fieldClass =
  'w-full rounded-md border border-neutral-300 bg-white px-3 py-2 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100';
const linkButtonClass =
  'rounded-md border border-neutral-300 px-4 py-2 font-semibold text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-100 dark:hover:bg-neutral-800';
const noteClass = 'mt-10 text-neutral-700 dark:text-neutral-300';

/** The page title for a query ("Search: …", at most 80 characters of it), not escaped. */
export function searchTitle(q: string): string {
  return q.trim() ? `Search: ${q.trim().slice(0, 80)}` : 'Search';
}

/** A link to another page of the same search, as a path with its query string. */
export function searchHref(params: SearchParamsInput, page: number): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.section) query.set('section', params.section);
  if (params.author) query.set('author', params.author);
  if (page > 1) query.set('page', String(page));
  return `/search?${query.toString()}`;
}

function filterSelect(id: string, label: string, name: string, anyLabel: string, options: { slug: string; name: string }[], selected: string | undefined) {
  const items = options
    .map((o) => `<option value="${escapeHtml(o.slug)}"${o.slug === selected ? ' selected=""' : ''}>${escapeHtml(o.name)}</option>`)
    .join('');
  return (
    `<div><label for="${id}" class="mb-1 block text-sm font-semibold">${label}</label>` +
    `<select id="${id}" name="${name}" class="${fieldClass}"><option value="">${anyLabel}</option>${items}</select></div>`
  );
}

function searchForm({ params, sections, authors }: SearchPageInput) {
  return (
    `<form action="/search" method="get" role="search" aria-label="Search stories" class="mt-6 grid gap-4 sm:grid-cols-[1fr_auto]">` +
    `<div class="sm:col-span-2"><label for="search-q" class="mb-1 block text-sm font-semibold">Search for</label>` +
    `<input id="search-q" name="q" type="search" value="${escapeHtml(params.q)}" maxlength="2000" class="${fieldClass}"/></div>` +
    `<div class="grid gap-4 sm:grid-cols-2">` +
    filterSelect('search-section', 'Section', 'section', 'All sections', sections, params.section) +
    filterSelect('search-author', 'Author', 'author', 'All authors', authors, params.author) +
    `</div>` +
    `<button type="submit" class="self-end rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 dark:bg-brand-600">Search</button>` +
    `</form>`
  );
}

function hitItem(hit: SearchResult['hits'][number], input: SearchPageInput) {
  const byline = hit.authors.length > 0 ? `<span>${escapeHtml(hit.authors.map((a) => a.name).join(', '))} · </span>` : '';
  return (
    `<li class="py-5"><article>` +
    `<p class="text-xs font-bold tracking-wider text-accent uppercase dark:text-red-400">${escapeHtml(hit.section.name)}</p>` +
    `<h3 class="mt-1 font-serif text-xl leading-snug font-bold">` +
    `<a href="/${escapeHtml(hit.section.slug)}/${escapeHtml(hit.slug)}" class="text-neutral-900 hover:underline dark:text-neutral-50">${hit.headlineHtml}</a></h3>` +
    (hit.excerptHtml ? `<p class="mt-2 text-neutral-700 dark:text-neutral-300">${hit.excerptHtml}</p>` : '') +
    `<p class="mt-2 text-xs text-neutral-600 dark:text-neutral-400">${byline}` +
    `<time datetime="${isoString(hit.publishedAt)}">${escapeHtml(formatDate(hit.publishedAt, input.timeZone, input.locale))}</time></p>` +
    `</article></li>`
  );
}

function pager(params: SearchParamsInput, pageCount: number) {
  if (pageCount <= 1) return '';
  const previous =
    params.page > 1 ? `<a href="${escapeHtml(searchHref(params, params.page - 1))}" rel="prev" class="${linkButtonClass}">← Previous</a>` : '<span></span>';
  const next =
    params.page < pageCount ? `<a href="${escapeHtml(searchHref(params, params.page + 1))}" rel="next" class="${linkButtonClass}">Next →</a>` : '<span></span>';
  return (
    `<nav aria-label="Search result pages" class="mt-8 flex items-center justify-between gap-4 text-sm">${previous}` +
    `<span class="text-neutral-600 dark:text-neutral-400">Page ${params.page} of ${pageCount}</span>${next}</nav>`
  );
}

function results(input: SearchPageInput) {
  const { params, result, maxCounted, tooLong } = input;
  if (tooLong) {
    return (
      `<div role="alert" class="mt-10 rounded-md border border-red-300 p-6 dark:border-red-800"><h2 class="font-serif text-xl font-bold">Your search is too long</h2>` +
      `<p class="mt-2 text-neutral-700 dark:text-neutral-300">It has ${tooLong.chars.toLocaleString('en-GB')} characters; a search reads at most ${tooLong.limit.toLocaleString('en-GB')}. ` +
      `Nothing was searched. Shorten it to a few words and try again.</p></div>`
    );
  }
  if (!result) {
    return `<p class="${noteClass}">Type a word or two to search every story we have published. Matches in headlines come first.</p>`;
  }
  if (result.total === 0) {
    const filtered = Boolean(params.section || params.author);
    return (
      `<div class="mt-10 rounded-md border border-neutral-200 p-6 dark:border-neutral-800"><h2 class="font-serif text-xl font-bold">No stories found</h2>` +
      `<p class="mt-2 text-neutral-700 dark:text-neutral-300">Nothing matches “${escapeHtml(params.q.trim().slice(0, 200))}”${filtered ? ' with these filters' : ''}. ` +
      `Try fewer or different words${filtered ? ', or search all sections and authors' : ''}.</p></div>`
    );
  }
  if (result.hits.length === 0) {
    return (
      `<p class="${noteClass}">There are only ${result.pageCount} pages of results. ` +
      `<a href="${escapeHtml(searchHref(params, 1))}" class="font-semibold text-brand-700 underline dark:text-blue-300">Back to the first page</a></p>`
    );
  }
  const count = result.total > maxCounted ? `More than ${maxCounted.toLocaleString('en-GB')}` : String(result.total);
  return (
    `<section aria-labelledby="results-heading" class="mt-10">` +
    `<h2 id="results-heading" class="text-sm font-bold tracking-widest text-neutral-700 uppercase dark:text-neutral-300">${count} ${result.total === 1 ? 'story' : 'stories'} found</h2>` +
    `<ol class="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800 [&_mark]:rounded-sm [&_mark]:bg-yellow-200 [&_mark]:px-0.5 [&_mark]:text-inherit dark:[&_mark]:bg-yellow-500/40">` +
    result.hits.map((hit) => hitItem(hit, input)).join('') +
    `</ol>${pager(params, result.pageCount)}</section>`
  );
}

/** The content of the search page's <main>: heading, form (filled in) and results. */
export function searchPageHtml(input: SearchPageInput): string {
  return `<div class="mx-auto max-w-3xl"><h1 class="font-serif text-4xl font-bold tracking-tight">Search</h1>${searchForm(input)}${results(input)}</div>`;
}
