import { describe, expect, it } from 'vitest';
import { bearerKey, generateKey, hashKey, keyMatches, keyPrefix } from './keys';

describe('API keys', () => {
  it('a new key carries its public prefix; only its SHA-256 is kept, and it matches only itself', () => {
    const a = generateKey();
    const b = generateKey();
    expect(a.key).toMatch(/^mwk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(keyPrefix(a.key)).toBe(a.prefix);
    expect(a.hash).toBe(hashKey(a.key));
    expect(a.hash).not.toContain(a.key.slice(17));
    expect(keyMatches(a.key, a.hash)).toBe(true);
    expect(keyMatches(b.key, a.hash)).toBe(false);
    expect(keyMatches(a.key, 'not-hex')).toBe(false);
    expect(a.key).not.toBe(b.key);
  });

  it('reads only well-formed Bearer headers and keys', () => {
    const { key } = generateKey();
    expect(bearerKey(`Bearer ${key}`)).toBe(key);
    expect(bearerKey(`bearer  ${key} `)).toBe(key);
    expect(bearerKey(`Basic ${key}`)).toBeNull();
    expect(bearerKey(null)).toBeNull();
    expect(bearerKey(`Bearer ${'x'.repeat(500)}`)).toBeNull();
    expect(keyPrefix('mwk_0123456789ab_short')).toBeNull();
    expect(keyPrefix(`${key}x`)).toBeNull();
  });
});
