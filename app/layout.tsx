import type { Metadata, Viewport } from 'next';
import { unstable_rethrow } from 'next/navigation';
import { sans, serif } from './fonts';
import { feedAlternates } from '@/lib/feeds/formats';
import { languageTag } from '@/lib/locale-tags';
import { siteTitle } from '@/lib/seo';
import { defaultSettings, getSiteSettings } from '@/lib/site-settings';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return {
    metadataBase: new URL(site.url),
    title: { default: siteTitle(site), template: `%s | ${site.name}` },
    description: site.tagline,
    applicationName: site.name,
    alternates: { types: feedAlternates('/', `${site.name}: latest stories`) },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The one language setting: the feeds and og:locale derive theirs from it too (lib/locale-tags.ts).
  // A database that does not answer must not take the root layout down with it: the page's own
  // error boundary (app/error.tsx) then shows readers the friendly page inside the site's shell.
  // What Next throws to mark the page dynamic (or to stop a render) is not a database failure.
  const { locale } = await getSiteSettings().catch((error: unknown) => {
    unstable_rethrow(error);
    return defaultSettings;
  });
  return (
    <html lang={languageTag(locale)} className={`${sans.variable} ${serif.variable}`}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold text-brand-700 focus:not-sr-only focus:absolute focus:top-2 focus:left-2 dark:bg-neutral-900 dark:text-white"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
