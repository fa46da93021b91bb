import { parseCursor, parseLimit, parseSince } from '@/lib/wire/cursor';
import { wireError, wireJson } from '@/lib/wire/http';
import { listClientItems } from '@/lib/wire/list';
import { toNinjs } from '@/lib/wire/ninjs';
import { wireRoute } from '@/lib/wire/route';

/** The client's items as ninjs, newest version first: ?limit=, ?cursor= (older), ?since= (newer: a time or a poll value). */
export const GET = wireRoute(async (request, caller) => {
  const params = new URL(request.url).searchParams;
  const limit = parseLimit(params.get('limit'));
  if (!limit.ok) return wireError(400, 'bad_request', limit.message);
  const cursor = parseCursor(params.get('cursor'));
  if (!cursor.ok) return wireError(400, 'bad_request', cursor.message);
  const since = parseSince(params.get('since'));
  if (!since.ok) return wireError(400, 'bad_request', since.message);
  const page = await listClientItems(caller.products, { cursor: cursor.value, since: since.value, limit: limit.value });
  const headers: Record<string, string> = {};
  if (page.next) {
    const next = new URL(request.url);
    next.searchParams.set('cursor', page.next);
    headers.Link = `<${next.pathname}${next.search}>; rel="next"`;
  }
  return wireJson(request, { items: page.items.map(toNinjs), next: page.next, poll: page.poll }, headers);
});
