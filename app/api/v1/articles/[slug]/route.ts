import { getPublishedArticleBySlug } from '@/db/queries/articles';
import { articleLastModified } from '@/db/queries/content-api';
import { apiError, badSlug, conditionalJson, guarded, preflight } from '@/lib/api/http';
import { articleJson } from '@/lib/api/shapes';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';

/** One published story with its full, sanitized body. Drafts and future stories are simply not found. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return await guarded(async () => {
    const slug = parseSlug((await params).slug);
    if (!slug) return badSlug();
    const article = await getPublishedArticleBySlug(slug);
    if (!article) return apiError(404, 'not_found', 'No published article has this slug.');
    return conditionalJson(request, { data: articleJson(await getSiteSettings(), article) }, await articleLastModified(article.id));
  });
}

export const OPTIONS = preflight;
