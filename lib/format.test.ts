import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCardDateTime, formatDate, formatDateTime, formatTime, zoneName } from './format';

describe('formatDate and formatDateTime', () => {
  it('formats in the zone and locale asked for, each time (formatters are reused, never mixed up)', () => {
    const lateEvening = Date.UTC(2026, 10, 28, 2, 30); // 27 Nov, 21:30 in Lima
    expect(formatDate(lateEvening, 'America/Lima')).toBe('27 Nov 2026');
    expect(formatDate(lateEvening, 'Europe/Madrid')).toBe('28 Nov 2026');
    expect(formatDate(lateEvening, 'America/Lima')).toBe('27 Nov 2026');
    expect(formatDate(lateEvening, 'Europe/Madrid', 'es-ES')).toBe('28 nov 2026');
    expect(formatDateTime(lateEvening, 'America/Lima')).toMatch(/^27 November 2026.* 21:30 PET$/);
    expect(formatDateTime(lateEvening, 'UTC')).toMatch(/^28 November 2026.* 02:30 UTC$/);
  });
});

describe('times name their zone', () => {
  const winter = Date.UTC(2026, 0, 15, 14, 5);
  const summer = Date.UTC(2026, 6, 15, 14, 5);

  it.each([
    ['Europe/London', 'GMT', 'BST'],
    ['UTC', 'UTC', 'UTC'],
    ['America/New_York', 'EST', 'EDT'],
    ['America/Los_Angeles', 'PST', 'PDT'],
    ['Europe/Madrid', 'CET', 'CEST'],
    ['Asia/Tokyo', 'JST', 'JST'],
    ['Asia/Kolkata', 'IST', 'IST'],
    ['Australia/Sydney', 'AEDT', 'AEST'],
    ['America/Sao_Paulo', 'BRT', 'BRT'],
    ['Africa/Lagos', 'WAT', 'WAT'],
    ['Asia/Kathmandu', 'Nepal Time', 'Nepal Time'],
  ])('%s is %s in January and %s in July, never an offset', (zone, january, july) => {
    expect(zoneName(winter, zone)).toBe(january);
    expect(zoneName(summer, zone)).toBe(july);
    expect(formatTime(winter, zone)).toMatch(new RegExp(`^\\d\\d:\\d\\d ${january}$`));
    expect(formatDateTime(summer, zone)).not.toMatch(/GMT[+\-−]|UTC[+\-−]/);
  });

  it('names the zone in other locales too', () => {
    expect(zoneName(winter, 'America/New_York', 'es-ES')).toBe('EST');
    expect(zoneName(summer, 'Europe/Berlin', 'de-DE')).toBe('MESZ');
  });

  it('shows the time as well as the date on cards', () => {
    expect(formatCardDateTime(winter, 'Europe/London')).toBe('15 Jan 2026, 14:05 GMT');
    expect(formatCardDateTime(winter, 'America/New_York')).toBe('15 Jan 2026, 09:05 EST');
    expect(formatTime(summer, 'Europe/London')).toBe('15:05 BST');
  });
});

describe('one way to name a zone', () => {
  // Intl's own short names print "GMT-5" for New York in en-GB: every zone the newsroom and the
  // reader site print goes through zoneName, the one place that turns offsets into names.
  it('no code but zoneName asks Intl for a zone name', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = ['app', 'components', 'lib', 'db'].flatMap((dir) =>
      fs
        .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
        .map((f) => path.join(dir, f)),
    );
    const asking = files.filter((f) => f !== path.join('lib', 'format.ts') && fs.readFileSync(path.join(root, f), 'utf8').includes('timeZoneName'));
    expect(asking).toEqual([]);
  });
});
