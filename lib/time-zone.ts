// Wall-clock times in a named time zone, both ways, without a date library. Pure: the newsroom's
// time fields show and post times in the site's zone (issue 13), whatever zone the browser is in.

import { formatDayTime, zoneName } from '@/lib/format';

const parts = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = parts.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    parts.set(timeZone, found);
  }
  return found;
}

function wallParts(ms: number, timeZone: string): Record<string, string> {
  return Object.fromEntries(partsFormatter(timeZone).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
}

/** The wall clock in `timeZone` at `ms`, as a datetime-local value (YYYY-MM-DDTHH:mm). */
export function toZonedInput(ms: number, timeZone: string): string {
  const p = wallParts(ms, timeZone);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Milliseconds the zone is ahead of UTC at `ms`. */
function offsetAt(ms: number, timeZone: string): number {
  const p = wallParts(ms, timeZone);
  return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - (ms - (((ms % 1000) + 1000) % 1000));
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock time (a datetime-local value) names in `timeZone`, or null when the text
 * is not one. A time skipped by a spring-forward change resolves to the hour after the gap; a time
 * that occurs twice in the autumn resolves to the first.
 */
export function zonedInputToUtc(value: string, timeZone: string): number | null {
  const m = WALL.exec(value.trim());
  if (!m) return null;
  if (+m[4]! > 23 || +m[5]! > 59 || +(m[6] ?? 0) > 59) return null;
  const naive = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  if (Number.isNaN(naive) || new Date(naive).getUTCDate() !== +m[3]!) return null;
  const first = naive - offsetAt(naive - 12 * 3_600_000, timeZone);
  const second = naive - offsetAt(first, timeZone);
  // Two candidates differ only around a change; prefer the earlier one that reads back the same.
  for (const candidate of [Math.min(first, second), Math.max(first, second)]) {
    if (toZonedInput(candidate, timeZone) === value.trim().slice(0, 16)) return candidate;
  }
  return Math.max(first, second);
}

/** "America/New York": a zone's identifier as people read it. */
export function zoneTitle(timeZone: string): string {
  return timeZone.replace(/_/g, ' ');
}

/**
 * How a newsroom time field names the zone it is typed in: "America/New York, EST", "UTC",
 * "Asia/Kathmandu, Nepal Time". The name is zoneName's, so never an offset such as "GMT-5".
 */
export function zoneLabel(ms: number, timeZone: string): string {
  const name = zoneName(ms, timeZone);
  return name === zoneTitle(timeZone) ? name : `${zoneTitle(timeZone)}, ${name}`;
}

/**
 * The moment `ms` on the wall clock of `elsewhere` ("Fri 15 Jan, 09:00 EST"), or null when that
 * zone shows the same time as `timeZone`: what a field typed in the site's zone tells a writer
 * whose browser is in another zone.
 */
export function equivalentIn(ms: number, timeZone: string, elsewhere: string): string | null {
  return sameWallClock(ms, timeZone, elsewhere) ? null : formatDayTime(ms, elsewhere);
}

/** True when the two zones show the same wall clock at `ms` (e.g. "UTC" and "Etc/UTC"). */
export function sameWallClock(ms: number, a: string, b: string): boolean {
  return toZonedInput(ms, a) === toZonedInput(ms, b);
}

/** The instants [start, end) of the calendar day in `timeZone` that contains `ms`. */
export function zonedDay(ms: number, timeZone: string): [number, number] {
  const date = toZonedInput(ms, timeZone).slice(0, 10);
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return [zonedInputToUtc(`${date}T00:00`, timeZone) ?? ms, zonedInputToUtc(`${next}T00:00`, timeZone) ?? ms + 86_400_000];
}
