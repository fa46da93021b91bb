import { describe, expect, it } from 'vitest';
import { encodeCursor, MAX_ITEM_ID, parseCursor, parseLimit, parseSince } from './cursor';

describe('since and cursor', () => {
  it('round-trips a cursor and accepts it as since', () => {
    const c = encodeCursor({ at: Date.parse('2026-12-02T08:00:00Z'), itemId: 12 });
    expect(parseCursor(c)).toEqual({ ok: true, value: { at: Date.parse('2026-12-02T08:00:00Z'), itemId: 12 } });
    expect(parseSince(c)).toEqual(parseCursor(c));
    expect(parseCursor(null)).toEqual({ ok: true, value: null });
  });

  it('reads an ISO time with a zone as "after everything at that time"', () => {
    expect(parseSince('2026-12-02T08:00:00Z')).toEqual({ ok: true, value: { at: Date.parse('2026-12-02T08:00:00Z'), itemId: MAX_ITEM_ID } });
    expect(parseSince('2026-12-02T09:00:00.123+01:00')).toMatchObject({ ok: true, value: { at: Date.parse('2026-12-02T08:00:00.123Z') } });
  });

  it.each([
    ['a time without a zone', '2026-12-02T08:00:00'],
    ['a date alone', '2026-12-02'],
    ['an impossible date', '2026-13-45T99:99:99Z'],
    ['a year out of range', '1969-01-01T00:00:00Z'],
    ['words', 'yesterday'],
    ['a huge value', 'A'.repeat(10_000)],
    ['a cursor of another shape', Buffer.from('{"a":1}').toString('base64url')],
    ['a negative id', Buffer.from('[1,-5]').toString('base64url')],
    ['an id past the integer column', Buffer.from(`[1,${MAX_ITEM_ID + 1}]`).toString('base64url')],
    ['an empty value', ''],
  ])('refuses %s with a message', (_name, text) => {
    const since = parseSince(text);
    const cursor = parseCursor(text);
    expect(since.ok).toBe(false);
    expect(cursor.ok).toBe(false);
    if (!since.ok) expect(since.message.length).toBeGreaterThan(10);
  });

  it('limit is 1–100', () => {
    expect(parseLimit(null)).toEqual({ ok: true, value: 20 });
    expect(parseLimit('100')).toEqual({ ok: true, value: 100 });
    for (const bad of ['0', '101', '-1', '1e3', 'ten', '']) expect(parseLimit(bad).ok).toBe(false);
  });
});
