import { getSitemapPages, getSitemapPlan, getSitemapStories, XML_HEADERS } from '@/lib/distribution';
import { getSiteSettings } from '@/lib/site-settings';
import { articleSitemapPath, buildSitemapIndex, buildUrlSet } from '@/lib/sitemaps';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

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
