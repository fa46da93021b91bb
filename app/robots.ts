import type { MetadataRoute } from 'next';
import { getSiteSettings } from '@/lib/site-settings';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

/**
 * Disallow lines only: everything else is allowed by default. An `Allow: /` written before them
 * (Next prints Allow first) made first-match parsers such as Python's urllib.robotparser allow
 * /admin, /search and the API, while Google's longest-match rule disallowed them.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const site = await getSiteSettings();
  return {
    rules: [{ userAgent: '*', disallow: ['/admin', '/login', '/search', '/api/'] }],
    sitemap: [`${site.url}/sitemap.xml`, `${site.url}/news-sitemap.xml`],
  };
}
