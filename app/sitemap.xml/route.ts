import { getSitemapPages, getSitemapPlan, getSitemapStories, XML_HEADERS } from '@/lib/distribution';
import { getSiteSettings } from '@/lib/site-settings';
import { articleSitemapPath, buildSitemapIndex, buildUrlSet } from '@/lib/sitemaps';

/** One sitemap while the site has at most 50,000 URLs; past that, an index of child sitemaps. */
export async function GET() {
  const [plan, site] = await Promise.all([getSitemapPlan(), getSiteSettings()]);
  if (plan.kind === 'single') {
    const xml = buildUrlSet(site.url, [...(await getSitemapPages()), ...(await getSitemapStories(1))]);
    return new Response(xml, { headers: XML_HEADERS });
  }
  const children = [
    { loc: '/sitemaps/pages.xml', lastmod: plan.latest || null },
    ...Array.from({ length: plan.articleChunks }, (_, i) => ({ loc: articleSitemapPath(i + 1) })),
  ];
  return new Response(buildSitemapIndex(site.url, children), { headers: XML_HEADERS });
}
