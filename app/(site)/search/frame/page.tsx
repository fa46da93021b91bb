import type { Metadata } from 'next';
import { connection } from 'next/server';

// The site's chrome around an empty slot, fetched and cached by the search route (see
// lib/search/frame.ts); not a page for readers. Rendered on request, so never at build time
// against the build's database.
export const metadata: Metadata = {
  title: 'Search',
  robots: { index: false, follow: true },
  alternates: { canonical: '/search' },
};

export default async function SearchFrame() {
  await connection();
  // Must render exactly FRAME_SLOT (lib/search/frame.ts).
  return <div data-search-slot="" />;
}
