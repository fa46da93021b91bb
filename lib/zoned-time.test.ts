import { describe, expect, it } from 'vitest';
import { fromZonedLocal, toZonedLocal } from './zoned-time';

describe('wall-clock times in a named zone', () => {
  it.each([
    ['UTC', '2026-12-02T14:05', Date.UTC(2026, 11, 2, 14, 5)],
    ['Europe/London', '2026-07-01T09:30', Date.UTC(2026, 6, 1, 8, 30)],
    ['America/New_York', '2026-12-02T09:00', Date.UTC(2026, 11, 2, 14, 0)],
    ['America/New_York', '2026-07-02T09:00', Date.UTC(2026, 6, 2, 13, 0)],
    ['Asia/Kolkata', '2026-01-01T00:00', Date.UTC(2025, 11, 31, 18, 30)],
  ])('%s %s is that instant, and back', (zone, local, utc) => {
    expect(fromZonedLocal(local, zone)).toBe(utc);
    expect(toZonedLocal(utc, zone)).toBe(local);
  });

  it('refuses what is not a time', () => {
    expect(fromZonedLocal('2026-02-30T10:00', 'UTC')).toBeNull();
    expect(fromZonedLocal('tomorrow', 'UTC')).toBeNull();
    expect(fromZonedLocal('2026-01-01T24:00', 'UTC')).toBeNull();
  });
});
