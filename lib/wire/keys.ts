import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// Wire API keys: `mwk_<prefix>_<secret>`. The prefix (12 hex characters) is public: it finds the
// key's row and names the key in the admin list. The secret has 256 random bits, so a plain
// SHA-256 of the whole key is what we keep (a slow password hash buys nothing against a key this
// long, and would cost every request); the comparison is in constant time.

const KEY_PATTERN = /^mwk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export type NewKey = { key: string; prefix: string; hash: string };

export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A fresh key: shown once to whoever made it, then only its hash and prefix remain. */
export function generateKey(): NewKey {
  const prefix = randomBytes(6).toString('hex');
  const key = `mwk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashKey(key) };
}

/** The prefix of a well-formed key, or null for anything else (then no database lookup at all). */
export function keyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Whether `key` hashes to `storedHash`, compared in constant time. */
export function keyMatches(key: string, storedHash: string): boolean {
  const a = Buffer.from(hashKey(key), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export function bearerKey(header: string | null): string | null {
  const m = /^Bearer[ \t]+(\S{1,200})[ \t]*$/i.exec(header ?? '');
  return m?.[1] ?? null;
}

/** A webhook signing secret (shown once; kept as given, since signing needs it). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}
