import { sectionFeedRoute } from '@/lib/feeds/channels';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

// `feed.xml` is a static segment, so it wins over the sibling `[slug]` article route.

/** RSS 2.0 of one section's newest stories. */
export const GET = sectionFeedRoute('rss');
