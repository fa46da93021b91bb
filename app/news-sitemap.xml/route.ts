import { getNewsSitemapStories, XML_HEADERS } from '@/lib/distribution';
import { newsLanguage } from '@/lib/locale-tags';
import { getSiteSettings } from '@/lib/site-settings';
import { buildNewsSitemap } from '@/lib/sitemaps';

/** Google News sitemap: stories of the last 48 hours, at most 1,000. */
export async function GET() {
  const site = await getSiteSettings();
  const xml = buildNewsSitemap(site.url, { name: site.name, language: newsLanguage(site.locale) }, await getNewsSitemapStories(), Date.now());
  return new Response(xml, { headers: XML_HEADERS });
}
