import 'server-only';
import { listLatestWireVersionsBefore, readLatestWireVersion, readWireVersion, type WireListPosition } from '@/db/queries/wire';
import { readSettings } from '@/db/queries/settings';
import { mergeSettings, type SiteSettings } from '@/lib/site-settings';
import { toWireItemVersion, type WireItemVersion } from './item-resolve';

export { articleIdOfUri, wireUri } from './snapshot';
export { toWireItemVersion, type WireItemVersion, type WireRendition } from './item-resolve';
export type { WireListPosition } from '@/db/queries/wire';

// The story side of the wire (issue 12), as the wire API reads it: one version of one item, with
// every piece of metadata resolved. See lib/wire/README.md.

// The settings as stored, without getSiteSettings' `connection()`: the wire API's handlers are
// dynamic by nature (every answer depends on the key), and the outbox and tests have no request.
const getSiteSettings = async (): Promise<SiteSettings> => mergeSettings(await readSettings());

/**
 * An item's version `version`, or its latest when omitted, as clients may have it now: null when
 * there is none yet (never published, or scheduled for later). A killed item answers its canceled
 * version. Visibility to readers plays no part: entitlement (products, embargo rights) is the
 * caller's to check.
 */
export async function getWireItem(articleId: number, version?: number, now: number = Date.now()): Promise<WireItemVersion | null> {
  const row = version === undefined ? await readLatestWireVersion(articleId, now) : await readWireVersion(articleId, version, now);
  return row ? toWireItemVersion(row, await getSiteSettings()) : null;
}

/**
 * The latest version of each item clients may have now, newest first (available time, then item
 * id), strictly older than `before` and strictly newer than `after` (either may be null), at most
 * `limit`: the wire API's list, where a killed item stands as its canceled version.
 */
export async function listLatestWireItems(opts: { before: WireListPosition | null; after: WireListPosition | null; limit: number }, now: number = Date.now()): Promise<WireItemVersion[]> {
  const [rows, site] = await Promise.all([listLatestWireVersionsBefore(opts, now), getSiteSettings()]);
  return rows.map((r) => toWireItemVersion(r, site));
}
