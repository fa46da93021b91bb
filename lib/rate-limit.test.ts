import { describe, expect, it } from 'vitest';
import { countRateLimitCounters } from '@/db/queries/rate-limits';
import { runInstance } from '@/test/counter-instances';
import { clientKey, RateLimiter } from './rate-limit';

const MINUTE = 60_000;
const T0 = 5_000_000;

describe('RateLimiter', () => {
  it('allows up to the limit in a window, then refuses with the seconds left', async () => {
    const limiter = new RateLimiter('unit', 3, MINUTE);
    for (let i = 0; i < 3; i++) expect((await limiter.hit('a', T0)).allowed).toBe(true);
    expect(await limiter.hit('a', T0 + 15_000)).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect((await limiter.hit('b', T0 + 15_000)).allowed).toBe(true);
    expect((await limiter.hit('a', T0 + MINUTE)).allowed).toBe(true);
  });

  it('counts each bucket apart', async () => {
    const search = new RateLimiter('unit-search', 1, MINUTE);
    const api = new RateLimiter('unit-api', 1, MINUTE);
    expect((await search.hit('c', T0)).allowed).toBe(true);
    expect((await api.hit('c', T0)).allowed).toBe(true);
    expect((await search.hit('c', T0)).allowed).toBe(false);
  });

  it('is off when the limit is zero', async () => {
    const limiter = new RateLimiter('unit-off', 0, 1000);
    for (let i = 0; i < 20; i++) expect((await limiter.hit('x')).allowed).toBe(true);
  });

  it('prunes the counters of windows long over', async () => {
    const limiter = new RateLimiter('unit-prune', 5, MINUTE);
    const old = Date.now() - 3_600_000;
    for (let i = 0; i < 50; i++) await limiter.hit(`flood-${i}`, old);
    expect(await countRateLimitCounters()).toBeGreaterThanOrEqual(50);
    await limiter.hit('now', Date.now());
    expect(await countRateLimitCounters()).toBe(1);
  });

  // Each "instance" is a process of its own with its own connection to the test's database file.
  const instance = (hits: number, now: number) => runInstance({ LIMIT: '25', HITS: String(hits), NOW: String(now) });

  it('counts once across two app instances: the second is not a fresh allowance', async () => {
    const now = Date.now();
    expect(await instance(15, now)).toBe(15);
    expect(await instance(15, now)).toBe(10);
  });

  it('loses no count when two instances hit the same client at the same time', async () => {
    const now = Date.now() + MINUTE;
    const [one, two] = await Promise.all([instance(40, now), instance(40, now)]);
    expect(one + two).toBe(25);
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
