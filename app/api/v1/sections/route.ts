import { contentLastModified } from '@/db/queries/content-api';
import { listSections } from '@/db/queries/taxonomy';
import { conditionalJson, guarded, preflight } from '@/lib/api/http';
import { abs } from '@/lib/seo';

/** Every section in site order. */
export function GET(request: Request) {
  return guarded(() => {
    const data = listSections().map((s) => ({
      slug: s.slug,
      name: s.name,
      description: s.description,
      url: abs(`/${s.slug}`),
      feedUrl: abs(`/${s.slug}/feed.xml`),
      articlesUrl: abs(`/api/v1/articles?section=${s.slug}`),
    }));
    return conditionalJson(request, { data }, contentLastModified());
  });
}

export const OPTIONS = preflight;
