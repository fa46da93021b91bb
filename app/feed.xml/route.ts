import { getSiteFeed, RSS_HEADERS } from '@/lib/distribution';

/** RSS 2.0 of the newest stories across the site. */
export async function GET() {
  return new Response(await getSiteFeed(), { headers: RSS_HEADERS });
}
