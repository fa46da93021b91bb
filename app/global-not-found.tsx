import type { Metadata, Viewport } from 'next';
import { DocumentShell, SITE_VIEWPORT } from './document-shell';
import { NotFoundMessage } from '@/components/site/not-found-message';
import { SiteChrome } from '@/components/site/site-chrome';
import { languageTag } from '@/lib/locale-tags';
import { siteMetadata } from '@/lib/seo';
import { defaultSettings, getSiteSettings } from '@/lib/site-settings';
import './globals.css';

// The page for an address no route matches, rendered on request like the reader pages (the
// response cache also sends it for a reader page's notFound(), which Next would draw in the
// browser). A root not-found.tsx would do the same, but Next renders the root one into every
// page's payload, twice, header and footer included: a fifth of an article's bytes, and of its
// render. Reader pages have their own, smaller one ((site)/not-found.tsx), the newsroom its own.
export const viewport: Viewport = SITE_VIEWPORT;

export async function generateMetadata(): Promise<Metadata> {
  // With the database away the page still answers, with the default site name (as the body does).
  const site = await getSiteSettings().catch(() => defaultSettings);
  return { ...siteMetadata(site), title: `Page not found | ${site.name}` };
}

export default async function GlobalNotFound() {
  // The header and footer read the sections and settings: with the database away the address is
  // still answered 404, with the message alone, rather than as a failed page.
  const site = await getSiteSettings().catch(() => null);
  return (
    <DocumentShell lang={languageTag((site ?? defaultSettings).locale)}>
      <SiteChrome bare={site === null}>
        <NotFoundMessage />
      </SiteChrome>
    </DocumentShell>
  );
}
