import { getSitemapPages, getSitemapPlan, getSitemapStories, XML_HEADERS } from '@/lib/distribution';
import { getSiteSettings } from '@/lib/site-settings';
import { buildUrlSet, parseArticleSitemapName } from '@/lib/sitemaps';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Child sitemaps of /sitemap.xml when it is an index: `pages.xml` and `articles-<n>.xml`. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const [{ file }, site] = await Promise.all([params, getSiteSettings()]);
  if (file === 'pages.xml') return new Response(buildUrlSet(site.url, await getSitemapPages()), { headers: XML_HEADERS });
  const n = parseArticleSitemapName(file);
  if (n === null) return notFound();
  const plan = await getSitemapPlan();
  if (n > Math.max(1, plan.articleChunks)) return notFound();
  return new Response(buildUrlSet(site.url, await getSitemapStories(n)), { headers: XML_HEADERS });
}
