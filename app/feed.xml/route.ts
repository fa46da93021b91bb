import { getSiteFeed, RSS_HEADERS } from '@/lib/distribution';

export const revalidate = 60;
export const dynamic = 'force-static';

/** RSS 2.0 of the newest stories across the site. */
export async function GET() {
  return new Response(await getSiteFeed(), { headers: RSS_HEADERS });
}
