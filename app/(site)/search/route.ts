import type { NextRequest } from 'next/server';
import { MAX_COUNTED, searchPublishedArticles } from '@/db/queries/search';
import { env } from '@/lib/env';
import { clientKey, RateLimiter, tooManyRequests } from '@/lib/rate-limit';
import { getAuthorsForSearchFilter, getSections } from '@/lib/reader';
import { loadSearchFrame, fillFrame } from '@/lib/search/frame';
import { MAX_QUERY_CHARS } from '@/lib/search/match';
import { searchPageHtml, searchTitle } from '@/lib/search/page-html';
import { getSiteSettings } from '@/lib/site-settings';
import { searchParamsSchema, type SearchParamsInput } from '@/lib/validation/search';

export const dynamic = 'force-dynamic';

// Each search costs a full-text query: a client gets RATE_LIMIT_SEARCH a minute (repeats of a
// trending search answered by the server's response cache never reach this count).
const limiter = new RateLimiter('search', env.RATE_LIMIT_SEARCH, 60_000);

/** The query string as the schema reads it: a repeated parameter becomes an array. */
function queryRecord(searchParams: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    record[key] = values.length > 1 ? values : (values[0] ?? '');
  }
  return record;
}

/**
 * /search: full-text search over published stories with section and author filters. A reader
 * page like the others (same header, footer and styles, no script), written as HTML into the
 * site's frame instead of rendered by React on every request: see lib/search/frame.ts.
 */
export async function GET(request: NextRequest) {
  const verdict = await limiter.hit(clientKey(request.headers, env.TRUST_PROXY === '1'));
  if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds, false);
  // safeParse cannot fail here (every field has a fallback), so odd input never becomes a 500.
  const parsed = searchParamsSchema.safeParse(queryRecord(request.nextUrl.searchParams));
  const params: SearchParamsInput = parsed.success ? parsed.data : { q: '', page: 1 };
  // A query past what the search reads (a pasted article, a 20 KB probe) is answered 414 in the
  // site's own page, with the form to try again, instead of being searched cut short.
  const asked = request.nextUrl.searchParams.get('q') ?? '';
  const tooLong = asked.length > MAX_QUERY_CHARS ? { chars: asked.length, limit: MAX_QUERY_CHARS } : undefined;
  // Nothing here waits for anything else: on PostgreSQL each read is a round trip of its own.
  const [frame, sections, authors, site, result] = await Promise.all([
    loadSearchFrame(request.nextUrl.origin),
    getSections(),
    getAuthorsForSearchFilter(),
    getSiteSettings(),
    params.q.trim() && !tooLong ? searchPublishedArticles(params.q, params, params.page) : null,
  ]);
  const content = searchPageHtml({
    params,
    sections,
    authors,
    result,
    maxCounted: MAX_COUNTED,
    timeZone: site.timeZone,
    locale: site.locale,
    tooLong,
  });
  return new Response(fillFrame(frame, tooLong ? 'Search too long' : searchTitle(params.q), content), {
    status: tooLong ? 414 : 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // Answers differ per query and are not worth a shared cache's space (the server keeps
      // repeated ones while the content token stands: scripts/response-cache.mjs).
      'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
    },
  });
}
