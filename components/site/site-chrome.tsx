import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * The reader site's header, main column and footer: the (site) layout's, and the not-found page's.
 * `bare` leaves out the header and footer, which read the sections and settings (the not-found
 * page while the database is away).
 */
export function SiteChrome({ children, bare = false }: { children: React.ReactNode; bare?: boolean }) {
  return (
    <>
      {bare ? null : <SiteHeader />}
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      {bare ? null : <SiteFooter />}
    </>
  );
}
