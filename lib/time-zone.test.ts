import { describe, expect, it } from 'vitest';
import { equivalentIn, sameWallClock, toZonedInput, zonedInputToUtc, zoneLabel } from './time-zone';

describe('wall-clock times in a named zone', () => {
  it.each([
    ['2026-07-01T14:05', 'Europe/London', '2026-07-01T13:05:00.000Z'],
    ['2026-12-01T14:05', 'Europe/London', '2026-12-01T14:05:00.000Z'],
    ['2026-12-01T09:30', 'America/New_York', '2026-12-01T14:30:00.000Z'],
    ['2026-12-01T23:15', 'Asia/Tokyo', '2026-12-01T14:15:00.000Z'],
    ['2026-12-01T14:05:30', 'UTC', '2026-12-01T14:05:30.000Z'],
    ['2026-12-01T19:35', 'Asia/Kolkata', '2026-12-01T14:05:00.000Z'],
  ])('%s in %s is %s', (wall, zone, iso) => {
    expect(new Date(zonedInputToUtc(wall, zone)!).toISOString()).toBe(iso);
  });

  it('reads back what it was given, whatever zone the server runs in', () => {
    const ms = zonedInputToUtc('2026-03-10T08:00', 'America/Los_Angeles')!;
    expect(toZonedInput(ms, 'America/Los_Angeles')).toBe('2026-03-10T08:00');
    expect(toZonedInput(ms, 'UTC')).toBe('2026-03-10T15:00');
  });

  it('settles times around a daylight-saving change', () => {
    // 01:30 happens twice in London on 25 October 2026: the first (BST) is taken.
    expect(new Date(zonedInputToUtc('2026-10-25T01:30', 'Europe/London')!).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // 01:30 never happens on 29 March 2026 (clocks go from 01:00 to 02:00): the hour after the gap.
    expect(new Date(zonedInputToUtc('2026-03-29T01:30', 'Europe/London')!).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses text that is not a wall-clock time', () => {
    expect(zonedInputToUtc('', 'UTC')).toBeNull();
    expect(zonedInputToUtc('tomorrow', 'UTC')).toBeNull();
    expect(zonedInputToUtc('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(zonedInputToUtc('2026-01-01T24:00', 'UTC')).toBeNull();
    expect(zonedInputToUtc('2026-01-01T10:60', 'UTC')).toBeNull();
  });

  it('compares wall clocks', () => {
    const winter = Date.UTC(2026, 11, 1, 12);
    expect(sameWallClock(winter, 'UTC', 'Europe/London')).toBe(true);
    expect(sameWallClock(winter, 'UTC', 'America/New_York')).toBe(false);
  });
});

// Issue 13: a time field names its zone ("EST", "14:05 GMT"), never an offset such as "GMT-5",
// which is what Intl's en-GB short names give for New York.
describe('the newsroom time fields name the zone', () => {
  const winter = Date.UTC(2027, 0, 15, 14);
  const summer = Date.UTC(2027, 6, 15, 14);

  it.each([
    ['America/New_York', 'America/New York, EST', 'America/New York, EDT'],
    ['Europe/Madrid', 'Europe/Madrid, CET', 'Europe/Madrid, CEST'],
    ['Europe/London', 'Europe/London, GMT', 'Europe/London, BST'],
    ['UTC', 'UTC', 'UTC'],
    // No common abbreviation: the zone's generic name (en-GB alone would say GMT+5:45, GMT-4).
    ['Asia/Kathmandu', 'Asia/Kathmandu, Nepal Time', 'Asia/Kathmandu, Nepal Time'],
    ['America/Caracas', 'America/Caracas, Venezuela Time', 'America/Caracas, Venezuela Time'],
  ])('%s reads "%s" in January and "%s" in July', (zone, january, july) => {
    expect(zoneLabel(winter, zone)).toBe(january);
    expect(zoneLabel(summer, zone)).toBe(july);
  });

  it.each([
    ['America/New_York', winter, 'Fri 15 Jan, 09:00 EST'],
    ['America/New_York', summer, 'Thu 15 Jul, 10:00 EDT'],
    ['Europe/Madrid', summer, 'Thu 15 Jul, 16:00 CEST'],
    ['Asia/Kathmandu', winter, 'Fri 15 Jan, 19:45 Nepal Time'],
    ['America/Caracas', winter, 'Fri 15 Jan, 10:00 Venezuela Time'],
  ])('tells a writer in %s the same moment on their clock', (browser, ms, text) => {
    expect(equivalentIn(ms, 'UTC', browser)).toBe(text);
  });

  it('says nothing more where the browser shows the site’s wall clock', () => {
    expect(equivalentIn(winter, 'UTC', 'Etc/UTC')).toBeNull();
    expect(equivalentIn(winter, 'UTC', 'Europe/London')).toBeNull();
    expect(equivalentIn(summer, 'UTC', 'Europe/London')).toBe('Thu 15 Jul, 15:00 BST');
  });
});
