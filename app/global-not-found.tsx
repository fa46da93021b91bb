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
  const site = await getSiteSettings();
  return { ...siteMetadata(site), title: `Page not found | ${site.name}` };
}

export default async function GlobalNotFound() {
  const { locale } = await getSiteSettings().catch(() => defaultSettings);
  return (
    <DocumentShell lang={languageTag(locale)}>
      <SiteChrome>
        <NotFoundMessage />
      </SiteChrome>
    </DocumentShell>
  );
}
