import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sign, signatureHeader, verifySignature } from './signature';

const SECRET = 'whsec_test';
const BODY = '{"uri":"urn:meridianwire:item:1","version":"1"}';
const T = 1_796_300_000;

describe('webhook signature', () => {
  it('is HMAC-SHA256 over "<timestamp>.<body>" in hex, as the README tells clients', () => {
    const expected = createHmac('sha256', SECRET).update(`${T}.${BODY}`).digest('hex');
    expect(sign(SECRET, T, BODY)).toBe(expected);
    expect(signatureHeader(SECRET, T, BODY)).toBe(`t=${T},v1=${expected}`);
  });

  it('verifies a good push and refuses a changed body, another secret, an old timestamp and junk', () => {
    const header = signatureHeader(SECRET, T, BODY);
    expect(verifySignature(SECRET, header, BODY, T + 10)).toBeNull();
    expect(verifySignature(SECRET, header, `${BODY} `, T)).toBe('signature does not match');
    expect(verifySignature('whsec_other', header, BODY, T)).toBe('signature does not match');
    expect(verifySignature(SECRET, header, BODY, T + 301)).toMatch(/replay/);
    // The timestamp is signed: moving it forward breaks the signature.
    expect(verifySignature(SECRET, header.replace(`t=${T}`, `t=${T + 300}`), BODY, T + 300)).toBe('signature does not match');
    expect(verifySignature(SECRET, 'v1=abc', BODY, T)).toBe('malformed signature header');
    expect(verifySignature(SECRET, null, BODY, T)).toBe('malformed signature header');
  });
});
