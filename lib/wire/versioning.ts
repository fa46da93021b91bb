import type { ArticleStatus, WireChange, WirePubstatus } from '@/lib/domain';
import { isReaderFacing } from '@/lib/visibility';

// Which change to a story writes a wire version (issue 12), pure so it is tested as a table. The
// newsroom's own choice decides: a substantive update or a correction is a new version, a minor
// fix is not. An item never released yet (scheduled, its time ahead) takes every save, since no
// client has the earlier one.

export type WireFacts = { status: ArticleStatus; publishedAt: number | null; wireStatus: WirePubstatus; wireVersion: number };
export type WireAfter = { status: ArticleStatus; publishedAt: number | null; embargoUntil: number | null };
export type WireEdit = { changeKind?: 'substantive' | 'minor'; correctionChanged: boolean };

export type WireVersionPlan = { change: WireChange; pubstatus: WirePubstatus; availableAt: number; embargoed: number | null };

/** Clients have the item (or get it at its time): it went out, and it is neither withheld nor killed. */
export function isOnWire(s: WireFacts): boolean {
  return s.wireVersion > 0 && s.wireStatus === 'usable' && isReaderFacing(s);
}

/** The version a save writes, or null when it writes none. `now` is the save's time. */
export function wireVersionForSave(before: WireFacts | null, after: WireAfter, edit: WireEdit, now: number): WireVersionPlan | null {
  const wasOut = before !== null && isOnWire(before);
  const goesOut = isReaderFacing(after);
  const availableAt = after.status === 'scheduled' && after.publishedAt !== null ? Math.max(after.publishedAt, now) : now;
  const embargoed = after.status === 'published' && after.embargoUntil !== null && after.embargoUntil > now ? after.embargoUntil : null;
  if (!wasOut && goesOut) return { change: 'publish', pubstatus: 'usable', availableAt, embargoed };
  if (wasOut && !goesOut) return { change: 'withhold', pubstatus: 'withheld', availableAt: now, embargoed: null };
  if (!wasOut || !goesOut) return null;
  const unreleased = before.status === 'scheduled' && before.publishedAt !== null && before.publishedAt > now;
  if (edit.correctionChanged) return { change: 'correction', pubstatus: 'usable', availableAt, embargoed };
  if (edit.changeKind === 'substantive' || unreleased) return { change: 'update', pubstatus: 'usable', availableAt, embargoed };
  return null;
}

/** The wire status a save leaves: out again is usable, taken off the site is withheld, a kill stays. */
export function wireStatusAfterSave(before: WireFacts | null, after: { status: ArticleStatus }): WirePubstatus {
  if (before?.wireStatus === 'canceled') return 'canceled';
  if (isReaderFacing(after)) return 'usable';
  if (before && isOnWire(before)) return 'withheld';
  return before?.wireStatus ?? 'usable';
}
