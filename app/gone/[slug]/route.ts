import type { NextRequest } from 'next/server';
import { getKilledStory } from '@/db/queries/wire-actions';
import { formatDate } from '@/lib/format';
import { fillFrame, loadSearchFrame } from '@/lib/search/frame';
import { escapeHtml } from '@/lib/search/match';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';

export const dynamic = 'force-dynamic';

/**
 * The notice at a killed story's address (proxy.ts rewrites it here): 410 Gone, in the site's
 * frame, saying only that the story was withdrawn: neither its headline nor the reason, which may
 * be the very thing it was withdrawn for.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug);
  const killed = slug ? await getKilledStory(slug) : null;
  if (!killed) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const [frame, site] = await Promise.all([loadSearchFrame(request.nextUrl.origin), getSiteSettings()]);
  const when = killed.killedAt ? ` on ${escapeHtml(formatDate(killed.killedAt, site.timeZone, site.locale))}` : '';
  const content =
    `<section aria-labelledby="gone-heading" class="mx-auto max-w-2xl py-12">` +
    `<h1 id="gone-heading" class="font-serif text-3xl font-bold">This story has been withdrawn</h1>` +
    `<p class="mt-4 text-neutral-700 dark:text-neutral-300">${escapeHtml(site.name)} withdrew this story${when}. It is no longer available.</p>` +
    `<p class="mt-4"><a href="/" class="font-semibold text-brand-700 underline dark:text-blue-300">Go to the front page</a></p>` +
    `</section>`;
  return new Response(fillFrame(frame, 'Story withdrawn', content), {
    status: 410,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=60' },
  });
}
