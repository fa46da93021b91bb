import { contentLastModified } from '@/db/queries/content-api';
import { listSections } from '@/db/queries/taxonomy';
import { conditionalJson, guarded, preflight } from '@/lib/api/http';
import { abs } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';

/** Every section in site order. */
export async function GET(request: Request) {
  return await guarded(async () => {
    const site = await getSiteSettings();
    const data = (await listSections()).map((s) => ({
      slug: s.slug,
      name: s.name,
      description: s.description,
      url: abs(site, `/${s.slug}`),
      feedUrl: abs(site, `/${s.slug}/feed.xml`),
      articlesUrl: abs(site, `/api/v1/articles?section=${s.slug}`),
    }));
    return conditionalJson(request, { data }, await contentLastModified());
  });
}

export const OPTIONS = preflight;
