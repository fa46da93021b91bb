import { getSectionFeed, RSS_HEADERS } from '@/lib/distribution';
import { parseSlug } from '@/lib/validation/params';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

// `feed.xml` is a static segment, so it wins over the sibling `[slug]` article route.

/** RSS 2.0 of one section's newest stories. */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const slug = parseSlug((await params).section);
  const xml = slug ? await getSectionFeed(slug) : null;
  if (!xml) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: RSS_HEADERS });
}
