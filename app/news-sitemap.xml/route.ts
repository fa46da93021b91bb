import { getNewsSitemapStories, XML_HEADERS } from '@/lib/distribution';
import { newsLanguage } from '@/lib/locale-tags';
import { getSiteSettings } from '@/lib/site-settings';
import { buildNewsSitemap } from '@/lib/sitemaps';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

/** Google News sitemap: stories of the last 48 hours, at most 1,000. */
export async function GET() {
  const site = await getSiteSettings();
  const xml = buildNewsSitemap(site.url, { name: site.name, language: newsLanguage(site.locale) }, (await getNewsSitemapStories()).map((e) => ({ ...e, language: e.language ? newsLanguage(e.language) : null })), Date.now());
  return new Response(xml, { headers: XML_HEADERS });
}
