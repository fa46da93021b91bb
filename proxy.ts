import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { clientKey, RateLimiter, tooManyRequests } from '@/lib/rate-limit';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/request-limits';
import { goneRewrite } from '@/lib/wire/gone';
import { isForeignOrigin } from './scripts/same-origin.mjs';

// Listing pages read `?page=N` from the query string, but reading searchParams would make every
// page of a listing dynamic. Rewriting to a path segment keeps page 1 and page N cacheable.
const PAGED_LISTING = /^\/(?:authors\/|tags\/)?[^/.]+$/;
// A path segment longer than any slug we mint is a 404; answer it before it reaches the page cache,
// whose file names it would overflow.
const OVERLONG_SEGMENT = /[^/]{121,}/;

const MINUTE = 60_000;
const limiters = {
  api: new RateLimiter('api', env.RATE_LIMIT_API, MINUTE),
  login: new RateLimiter('login', env.RATE_LIMIT_LOGIN, MINUTE),
};

function limiterFor(request: NextRequest): RateLimiter | null {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/api/v1/')) return limiters.api;
  if (request.method === 'POST' && (pathname === '/login' || pathname.startsWith('/api/auth/callback'))) return limiters.login;
  return null;
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery guard for every state-changing request that reaches the app (server
 * actions and route handlers alike): a browser always sends Origin on such requests, and it must
 * be our own host. Next also checks server actions; this covers route handlers too.
 */
function isCrossSiteWrite(request: NextRequest): boolean {
  return UNSAFE_METHODS.has(request.method) && isForeignOrigin((name) => request.headers.get(name), env.TRUST_PROXY === '1');
}

/**
 * The newsroom and sign-in pages are rendered per request anyway, so they get the strict policy:
 * scripts only with this request's nonce. Reader pages are cached and shared between readers, so
 * they cannot carry a per-request nonce; their policy is set in next.config.ts (see README).
 */
function withNonceCsp(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const dev = env.NODE_ENV === 'development';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    // The editor and React set style attributes; styles cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `frame-ancestors 'none'`,
    `form-action 'self'`,
  ].join('; ');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (OVERLONG_SEGMENT.test(pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = '/_overlong';
    url.search = '';
    return NextResponse.rewrite(url);
  }

  if (isCrossSiteWrite(request)) {
    return new NextResponse('Cross-site request refused.', { status: 403, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }

  // Next would read up to its limit and then answer a 500 page; say plainly what happened instead.
  if (UNSAFE_METHODS.has(request.method) && Number(request.headers.get('content-length') ?? 0) > ACTION_BODY_LIMIT_BYTES) {
    const mb = ACTION_BODY_LIMIT_BYTES / 1024 / 1024;
    return new NextResponse(`The form is too large to send (at most ${mb} MB). Nothing was saved: go back, shorten the text or use a smaller image.`, {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }

  const limiter = limiterFor(request);
  if (limiter) {
    const verdict = await limiter.hit(clientKey(request.headers, env.TRUST_PROXY === '1'));
    if (!verdict.allowed) return tooManyRequests(verdict.retryAfterSeconds, pathname.startsWith('/api/'));
  }

  if (pathname === '/login' || pathname === '/admin' || pathname.startsWith('/admin/')) return withNonceCsp(request);

  // A killed story's address answers 410 with a short notice (issue 12).
  if (request.method === 'GET' || request.method === 'HEAD') {
    const gone = await goneRewrite(pathname);
    if (gone) {
      const url = request.nextUrl.clone();
      url.pathname = gone;
      url.search = '';
      return NextResponse.rewrite(url);
    }
  }

  const page = searchParams.get('page');
  if (page !== null && PAGED_LISTING.test(pathname)) {
    const url = request.nextUrl.clone();
    url.search = '';
    // Anything that is not a plain positive number becomes a path segment the page rejects with 404.
    url.pathname = `${pathname}/page/${encodeURIComponent(page || '0')}`;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

export const config = {
  // Kept narrow on purpose: cached reader pages without `?page=` never pass through here, nor
  // does /search (it reads ?page= itself and applies its own rate limit: every request costs).
  matcher: [
    { source: '/((?!api|_next|admin|login|search).*)', has: [{ type: 'query', key: 'page' }] },
    '/((?:[^/]*/)*[^/]{121,}.*)',
    '/api/:path*',
    '/login',
    '/admin',
    '/admin/:path*',
    // Story addresses, for the 410 of a killed story (lib/wire/gone.ts); cached pages never pass here.
    '/:section/:slug',
  ],
};
