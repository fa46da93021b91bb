import { getAuthorFeed, RSS_HEADERS } from '@/lib/distribution';
import { parseSlug } from '@/lib/validation/params';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

/** RSS 2.0 of the newest stories carrying one author's byline. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug);
  const xml = slug ? await getAuthorFeed(slug) : null;
  if (!xml) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: RSS_HEADERS });
}
