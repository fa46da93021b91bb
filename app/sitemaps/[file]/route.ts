import { getSitemapPages, getSitemapPlan, getSitemapStories, XML_HEADERS } from '@/lib/distribution';
import { site } from '@/lib/site';
import { buildUrlSet, parseArticleSitemapName } from '@/lib/sitemaps';

export const revalidate = 60;
export const dynamic = 'force-static';
export async function generateStaticParams() {
  return [];
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Child sitemaps of /sitemap.xml when it is an index: `pages.xml` and `articles-<n>.xml`. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (file === 'pages.xml') return new Response(buildUrlSet(site.url, await getSitemapPages()), { headers: XML_HEADERS });
  const n = parseArticleSitemapName(file);
  if (n === null) return notFound();
  const plan = await getSitemapPlan();
  if (n > Math.max(1, plan.articleChunks)) return notFound();
  return new Response(buildUrlSet(site.url, getSitemapStories(n)), { headers: XML_HEADERS });
}
