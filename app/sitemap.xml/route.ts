import { getSitemapPages, getSitemapPlan, getSitemapStories, XML_HEADERS } from '@/lib/distribution';
import { site } from '@/lib/site';
import { articleSitemapPath, buildSitemapIndex, buildUrlSet } from '@/lib/sitemaps';

export const revalidate = 60;
export const dynamic = 'force-static';

/** One sitemap while the site has at most 50,000 URLs; past that, an index of child sitemaps. */
export async function GET() {
  const plan = await getSitemapPlan();
  if (plan.kind === 'single') {
    const xml = buildUrlSet(site.url, [...(await getSitemapPages()), ...getSitemapStories(1)]);
    return new Response(xml, { headers: XML_HEADERS });
  }
  const children = [
    { loc: '/sitemaps/pages.xml', lastmod: plan.latest || null },
    ...Array.from({ length: plan.articleChunks }, (_, i) => ({ loc: articleSitemapPath(i + 1) })),
  ];
  return new Response(buildSitemapIndex(site.url, children), { headers: XML_HEADERS });
}
