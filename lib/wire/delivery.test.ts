import { describe, expect, it } from 'vitest';
import { backoffMs, describeFailure, idempotencyKey } from './delivery';

describe('delivery rules', () => {
  it('waits longer after each failed try, up to an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5_000, 15_000, 45_000, 135_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it('one idempotency key per client and version, the same on every try', () => {
    expect(idempotencyKey(3, 'urn:meridianwire:item:9', 2)).toBe(idempotencyKey(3, 'urn:meridianwire:item:9', 2));
    expect(new Set([idempotencyKey(3, 'urn:meridianwire:item:9', 2), idempotencyKey(4, 'urn:meridianwire:item:9', 2), idempotencyKey(3, 'urn:meridianwire:item:9', 3)]).size).toBe(3);
  });

  it('says a timeout in words', () => {
    const timeout = new Error('aborted');
    timeout.name = 'TimeoutError';
    expect(describeFailure(timeout, 10_000)).toBe('No answer within 10 s');
    expect(describeFailure(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') }), 10_000)).toBe('fetch failed: connect ECONNREFUSED');
  });
});
