import { siteFeedRoute } from '@/lib/feeds/channels';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

/** Atom 1.0 of the newest stories across the site. */
export const GET = siteFeedRoute('atom');
