import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('formatDate and formatDateTime', () => {
  it('formats in the zone and locale asked for, each time (formatters are reused, never mixed up)', () => {
    const lateEvening = Date.UTC(2026, 10, 28, 2, 30); // 27 Nov, 21:30 in Lima
    expect(formatDate(lateEvening, 'America/Lima')).toBe('27 Nov 2026');
    expect(formatDate(lateEvening, 'Europe/Madrid')).toBe('28 Nov 2026');
    expect(formatDate(lateEvening, 'America/Lima')).toBe('27 Nov 2026');
    expect(formatDate(lateEvening, 'Europe/Madrid', 'es-ES')).toBe('28 nov 2026');
    expect(formatDateTime(lateEvening, 'America/Lima')).toMatch(/^27 November 2026.* 21:30 /);
    expect(formatDateTime(lateEvening, 'UTC')).toMatch(/^28 November 2026.* 02:30 UTC$/);
  });
});
