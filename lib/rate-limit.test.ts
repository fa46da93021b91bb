import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows up to the limit in a window, then refuses with the seconds left', () => {
    const limiter = new RateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([1, 2, 3].map(() => limiter.hit('a', t0).allowed)).toEqual([true, true, true]);
    expect(limiter.hit('a', t0 + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.hit('b', t0 + 15_000).allowed).toBe(true);
    expect(limiter.hit('a', t0 + 60_000).allowed).toBe(true);
  });

  it('is off when the limit is zero', () => {
    const limiter = new RateLimiter(0, 1000);
    for (let i = 0; i < 100; i++) expect(limiter.hit('x').allowed).toBe(true);
  });

  it('stays bounded under a flood of distinct keys', () => {
    const limiter = new RateLimiter(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`, 5);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100);
  });
});

describe('clientKey', () => {
  it('uses forwarded addresses only behind a trusted proxy', () => {
    const h = new Headers({ 'x-forwarded-for': '203.0.113.7', 'x-client-ip': '127.0.0.1' });
    expect(clientKey(h, true)).toBe('203.0.113.7');
    expect(clientKey(h, false)).toBe('127.0.0.1');
    expect(clientKey(new Headers(), false)).toBe('unknown');
    expect(clientKey(new Headers({ 'x-client-ip': '127.0.0.1' }), true)).toBe('127.0.0.1');
  });

  it('takes the address the trusted proxy appended, not the ones the client sent before it', () => {
    const spoofed = (chosen: string) => new Headers({ 'x-forwarded-for': `${chosen}, 198.51.100.23`, 'x-client-ip': '127.0.0.1' });
    expect(clientKey(spoofed('203.0.113.7'), true)).toBe('198.51.100.23');
    // Rotating the client-chosen part does not give a fresh bucket.
    expect(new Set(['1.1.1.1', '2.2.2.2', '10.0.0.1, 3.3.3.3'].map((a) => clientKey(spoofed(a), true)))).toEqual(new Set(['198.51.100.23']));
    expect(clientKey(new Headers({ 'x-forwarded-for': ' 198.51.100.23 ' }), true)).toBe('198.51.100.23');
  });
});
