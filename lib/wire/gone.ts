import 'server-only';
import { getKilledStory } from '@/db/queries/wire-actions';
import { parseSlug } from '@/lib/validation/params';

// A killed story's address answers 410 Gone (issue 12). Pages cannot choose their status in the
// App Router, so proxy.ts asks here for article-shaped addresses and rewrites a killed one to the
// notice route (app/gone/[slug]/route.ts). Only requests the response cache did not answer get
// here: a killed story's page left the cache with the content token its kill renewed.

export const GONE_PREFIX = '/gone/';

// First path segments that are never a section (routes of their own, static files).
const NOT_SECTIONS = new Set(['admin', 'api', 'authors', 'tags', 'search', 'media', 'images', 'icons', 'brand', 'sitemaps', 'gone', 'login', 'invite']);

/** The story slug of a /{section}/{slug} address, or null when the address is not shaped like one. */
export function articleSlugOf(pathname: string): string | null {
  const parts = pathname.split('/');
  if (parts.length !== 3 || parts[0] !== '') return null;
  const [, section = '', slug = ''] = parts;
  if (NOT_SECTIONS.has(section) || !parseSlug(section)) return null;
  return parseSlug(slug);
}

/** Where to send this request instead: the gone notice of the killed story at this address, or null. */
export async function goneRewrite(pathname: string): Promise<string | null> {
  const slug = articleSlugOf(pathname);
  if (!slug) return null;
  try {
    return (await getKilledStory(slug)) ? `${GONE_PREFIX}${slug}` : null;
  } catch {
    // The database is away: let the page render and fail as pages do, with the site's friendly
    // error page. An error thrown here would reach the reader as a bare "Internal Server Error".
    return null;
  }
}
