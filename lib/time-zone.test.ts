import { describe, expect, it } from 'vitest';
import { sameWallClock, toZonedInput, zoneAbbreviation, zonedInputToUtc } from './time-zone';

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
  });

  it('names the zone and compares wall clocks', () => {
    const winter = Date.UTC(2026, 11, 1, 12);
    expect(zoneAbbreviation(winter, 'Europe/London')).toBe('GMT');
    expect(zoneAbbreviation(Date.UTC(2026, 6, 1, 12), 'Europe/London')).toBe('BST');
    expect(sameWallClock(winter, 'UTC', 'Europe/London')).toBe(true);
    expect(sameWallClock(winter, 'UTC', 'America/New_York')).toBe(false);
  });
});
