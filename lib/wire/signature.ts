import { createHmac, timingSafeEqual } from 'node:crypto';

// The signature of a webhook push (documented in the README, "Wire API"):
//   X-Meridian-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the client's secret>
// Signing the timestamp with the body lets a client refuse replays: it checks the HMAC, then that
// t is recent (we suggest 5 minutes).

export const SIGNATURE_HEADER = 'X-Meridian-Signature';

export function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/** The header value for `body` sent at `timestamp` (unix seconds). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${sign(secret, timestamp, body)}`;
}

/**
 * What a client does on receipt (and what our tests do): the header's HMAC must match and its
 * time be within `toleranceSeconds` of `now`. Returns why not, or null when it is good.
 */
export function verifySignature(secret: string, header: string | null, body: string, nowSeconds: number, toleranceSeconds = 300): string | null {
  const parts = new Map((header ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return 'malformed signature header';
  const expected = Buffer.from(sign(secret, t, body), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(v1, 'hex'))) return 'signature does not match';
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return 'timestamp outside the tolerance (replay?)';
  return null;
}
