import type { Viewport } from 'next';
import { sans, serif } from './fonts';

export const SITE_VIEWPORT: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

/**
 * The document around every page: the root layout's, and the not-found page's for addresses no
 * route matches (app/global-not-found.tsx, which Next renders without the root layout).
 */
export function DocumentShell({ lang, children }: { lang: string; children: React.ReactNode }) {
  return (
    <html lang={lang} className={`${sans.variable} ${serif.variable}`}>
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
