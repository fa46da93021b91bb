import { getAuthorBySlug } from '@/db/queries/authors';
import { contentLastModified, listApiStoriesPublished } from '@/db/queries/content-api';
import { apiError, badSlug, conditionalJson, guarded, preflight } from '@/lib/api/http';
import { articleSummaryJson, authorJson } from '@/lib/api/shapes';
import { abs } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';

const RECENT = 10;

/** A public author profile with their latest published stories. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return await guarded(async () => {
    const slug = parseSlug((await params).slug);
    if (!slug) return badSlug();
    const author = await getAuthorBySlug(slug);
    if (!author) return apiError(404, 'not_found', 'No author has this slug.');
    const now = Date.now();
    const site = await getSiteSettings();
    const recent = await listApiStoriesPublished({ limit: RECENT, authorSlug: author.slug }, now);
    const data = {
      ...authorJson(site, author),
      articlesUrl: abs(site, `/api/v1/articles?author=${author.slug}`),
      recentArticles: recent.map((row) => articleSummaryJson(site, row)),
    };
    return conditionalJson(request, { data }, await contentLastModified(now));
  });
}

export const OPTIONS = preflight;
