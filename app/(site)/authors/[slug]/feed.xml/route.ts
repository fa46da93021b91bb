import { getAuthorFeed, RSS_HEADERS } from '@/lib/distribution';
import { parseSlug } from '@/lib/validation/params';

/** RSS 2.0 of the newest stories carrying one author's byline. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug);
  const xml = slug ? await getAuthorFeed(slug) : null;
  if (!xml) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(xml, { headers: RSS_HEADERS });
}
