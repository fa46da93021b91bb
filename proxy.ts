import { NextResponse, type NextRequest } from 'next/server';

// Listing pages read `?page=N` from the query string, but reading searchParams would make every
// page of a listing dynamic. Rewriting to a path segment keeps page 1 and page N cacheable.
const PAGED_LISTING = /^\/(?:authors\/|tags\/)?[^/]+$/;

// A path segment longer than any slug we mint is a 404; answer it before it reaches the page cache,
// whose file names it would overflow.
const OVERLONG_SEGMENT = /[^/]{121,}/;

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (OVERLONG_SEGMENT.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = '/_overlong';
    url.search = '';
    return NextResponse.rewrite(url);
  }
  const page = searchParams.get('page');
  if (page !== null && PAGED_LISTING.test(pathname) && !pathname.includes('.')) {
    const url = request.nextUrl.clone();
    url.search = '';
    // Anything that is not a plain positive number becomes a path segment the page rejects with 404.
    url.pathname = `${pathname}/page/${encodeURIComponent(page || '0')}`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    { source: '/((?!api|_next|admin|login|search).*)', has: [{ type: 'query', key: 'page' }] },
    '/((?:[^/]*/)*[^/]{121,}.*)',
  ],
};
