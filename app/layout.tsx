import type { Metadata, Viewport } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { DocumentShell, SITE_VIEWPORT } from './document-shell';
import { languageTag } from '@/lib/locale-tags';
import { siteMetadata } from '@/lib/seo';
import { defaultSettings, getSiteSettings } from '@/lib/site-settings';
import './globals.css';

export const viewport: Viewport = SITE_VIEWPORT;

export async function generateMetadata(): Promise<Metadata> {
  return siteMetadata(await getSiteSettings());
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The one language setting: the feeds and og:locale derive theirs from it too (lib/locale-tags.ts).
  // A database that does not answer must not take the root layout down with it: the page's own
  // error boundary (app/error.tsx) then shows readers the friendly page inside the site's shell.
  // What Next throws to mark the page dynamic (or to stop a render) is not a database failure.
  const { locale } = await getSiteSettings().catch((error: unknown) => {
    unstable_rethrow(error);
    return defaultSettings;
  });
  return <DocumentShell lang={languageTag(locale)}>{children}</DocumentShell>;
}
