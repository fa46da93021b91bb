import 'server-only';
import { sectionIdsBySlug } from '@/db/queries/taxonomy';
import { encodeCursor, type Position } from './cursor';
import { getWireItem, listLatestWireItems, type WireItemVersion } from './item';
import { fromWireItem, type ItemVersion } from './item-version';
import { clientAllows, type Product } from './products';

// What one client may have from the wire (issue 12): the list, one item, one version. Items outside
// its products, and embargoed items for a client not entitled to them, are simply not found.

const BATCH = 100;
// One page reads at most this many versions; a page with fewer items than asked still carries a
// `next` cursor, so a client with a narrow product pages on instead of waiting on one long scan.
const MAX_SCANNED = 1_000;
// `poll` stays this far behind the clock: a version stamped just before a poll may commit just
// after it, and would otherwise fall behind the client's position. Clients dedupe on uri + version.
const POLL_LAG_MS = 5_000;

const position = (item: ItemVersion): Position => ({ at: item.versionCreated.getTime(), itemId: item.itemId });

async function toClientItems(found: WireItemVersion[]): Promise<ItemVersion[]> {
  const ids = await sectionIdsBySlug(found.flatMap((v) => (v.section ? [v.section.slug] : [])));
  return found.map((v) => fromWireItem(v, v.section ? (ids.get(v.section.slug) ?? null) : null));
}

export type ItemPage = { items: ItemVersion[]; next: string | null; poll: string | null };

/** One page of the client's items, newest version first, older than `cursor`, newer than `since`. */
export async function listClientItems(products: readonly Product[], opts: { cursor: Position | null; since: Position | null; limit: number }, now = Date.now()): Promise<ItemPage> {
  const items: ItemVersion[] = [];
  let before = opts.cursor;
  let scanned = 0;
  let more = true;
  // The first read asks for one more than the page (most clients take most items); the rest, a batch.
  let size = Math.min(BATCH, opts.limit + 1);
  while (items.length < opts.limit && scanned < MAX_SCANNED && more) {
    const batch = await toClientItems(await listLatestWireItems({ before, after: opts.since, limit: size }, now));
    more = batch.length === size;
    size = BATCH;
    for (const item of batch) {
      scanned++;
      before = position(item);
      if (clientAllows(products, item, now)) items.push(item);
      if (items.length === opts.limit) {
        more = more || batch.indexOf(item) < batch.length - 1;
        break;
      }
    }
  }
  const next = more && before ? encodeCursor(before) : null;
  return { items, next, poll: opts.cursor ? null : pollPosition(items, opts.since, now) };
}

function pollPosition(items: ItemVersion[], since: Position | null, now: number): string | null {
  const lag = { at: now - POLL_LAG_MS, itemId: 0 };
  const newest = items[0] ? position(items[0]) : since;
  if (!newest) return encodeCursor(lag);
  return encodeCursor(newest.at > lag.at ? (since && since.at > lag.at ? since : lag) : newest);
}

/** The item at its latest version (`version` null) or exactly `version`, when this client may have it. */
export async function getClientItem(products: readonly Product[], itemId: number, version: number | null, now = Date.now()): Promise<ItemVersion | null> {
  const found = await getWireItem(itemId, version ?? undefined, now);
  const [item] = found ? await toClientItems([found]) : [];
  return item && clientAllows(products, item, now) ? item : null;
}
