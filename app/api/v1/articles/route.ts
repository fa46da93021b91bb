import { getAuthorBySlug } from '@/db/queries/authors';
import { contentLastModified, listApiStoriesPublished } from '@/db/queries/content-api';
import { getSectionBySlug } from '@/db/queries/taxonomy';
import { encodeCursor } from '@/lib/api/cursor';
import { apiError, conditionalJson, guarded, preflight } from '@/lib/api/http';
import { articleSummaryJson } from '@/lib/api/shapes';
import { abs } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';
import { API_DEFAULT_LIMIT, articleListQuerySchema, issuesByField } from '@/lib/validation/api';

/** Published stories, newest first, with cursor pagination. */
export async function GET(request: Request) {
  return await guarded(async () => {
    const site = await getSiteSettings();
    const url = new URL(request.url);
    const parsed = articleListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success) return apiError(400, 'bad_request', 'Invalid query parameters.', issuesByField(parsed.error));
    const { limit = API_DEFAULT_LIMIT, cursor, section, author } = parsed.data;
    // An unknown filter is a client's mistake (a typo or a renamed slug), not an empty result.
    const unknown: Record<string, string[]> = {};
    if (section && !await getSectionBySlug(section)) unknown.section = [`no section has the slug "${section}"`];
    if (author && !await getAuthorBySlug(author)) unknown.author = [`no author has the slug "${author}"`];
    if (Object.keys(unknown).length > 0) return apiError(400, 'bad_request', 'Unknown section or author.', unknown);
    const now = Date.now();
    const rows = await listApiStoriesPublished({ limit: limit + 1, after: cursor, sectionSlug: section, authorSlug: author }, now);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor({ publishedAt: last.publishedAt, id: last.id }) : null;
    const headers: Record<string, string> = {};
    if (nextCursor) {
      const next = new URLSearchParams({ ...(section ? { section } : {}), ...(author ? { author } : {}), limit: String(limit), cursor: nextCursor });
      headers.Link = `<${abs(site, `/api/v1/articles?${next.toString()}`)}>; rel="next"`;
    }
    return conditionalJson(request, { data: page.map((row) => articleSummaryJson(site, row)), nextCursor }, await contentLastModified(now), headers);
  });
}

export const OPTIONS = preflight;
