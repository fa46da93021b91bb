// Wall-clock times in a named time zone, for fields that say which zone they use (the site's, not
// the browser's). Pure: Intl only, no dependency.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(timeZone: string): Intl.DateTimeFormat {
  let found = partsFormatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    partsFormatters.set(timeZone, found);
  }
  return found;
}

/** The wall clock of `ms` in `timeZone` as a `datetime-local` value ("2026-12-02T14:05"). */
export function toZonedLocal(ms: number, timeZone: string): string {
  const p = Object.fromEntries(partsIn(timeZone).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** How far `timeZone`'s wall clock is ahead of UTC at the instant `ms`, in ms (whole minutes). */
function offsetAt(ms: number, timeZone: string): number {
  const local = toZonedLocal(ms, timeZone);
  const [, y, mo, d, h, mi] = LOCAL.exec(local)!.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!) - Math.floor(ms / 60_000) * 60_000;
}

/**
 * The instant a `datetime-local` value names in `timeZone`, or null when it is not a valid time.
 * A wall-clock time skipped by a daylight-saving change resolves to the instant just after it.
 */
export function fromZonedLocal(value: string, timeZone: string): number | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  let utc = wall - offsetAt(wall, timeZone);
  utc = wall - offsetAt(utc, timeZone);
  return utc;
}
