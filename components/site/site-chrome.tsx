import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The reader site's header, main column and footer: the (site) layout's, and the not-found page's. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
