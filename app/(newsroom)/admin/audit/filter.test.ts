import { describe, expect, it } from 'vitest';
import { parseAuditFilter, startOfDayIn } from './filter';

describe('audit filter days', () => {
  it('are days in the zone the log shows its times in, daylight-saving changes included', () => {
    expect(startOfDayIn('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'Europe/Madrid').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(startOfDayIn('2026-01-15', 'Europe/Madrid').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfDayIn('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayIn('2026-03-09', 'America/New_York').toISOString()).toBe('2026-03-09T04:00:00.000Z');
    // Santiago's clocks skip from midnight to 01:00 on 6 September 2026: the day begins at 01:00.
    expect(startOfDayIn('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('from is the start of its day, to includes its whole day', () => {
    const f = parseAuditFilter({ from: '2026-07-01', to: '2026-07-02', action: 'nope', page: 'x' }, 'Europe/Madrid');
    expect(f.from?.toISOString()).toBe('2026-06-30T22:00:00.000Z');
    expect(f.to?.toISOString()).toBe('2026-07-02T22:00:00.000Z');
    expect(f).toMatchObject({ action: undefined, page: 1 });
    expect(parseAuditFilter({ from: '2026-13-45' }, 'UTC').from).toBeUndefined();
  });
});
