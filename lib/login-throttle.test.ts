import { describe, expect, it } from 'vitest';
import { lockedMinutes, noteFailure, noteSuccess, throttleDelayMs } from './login-throttle';

describe('login throttling', () => {
  it('slows an account after a few failures and then locks it for a while', () => {
    const now = Date.now();
    const email = 'Someone@Example.test';
    for (let i = 0; i < 2; i++) noteFailure(email, '10.0.0.1', now);
    expect(throttleDelayMs(email, '10.0.0.9', now)).toBe(0);
    noteFailure(email, '10.0.0.1', now);
    expect(throttleDelayMs('someone@example.test', '10.0.0.9', now)).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) noteFailure(email, '10.0.0.1', now);
    expect(lockedMinutes(email, '10.0.0.9', now)).toBe(15);
    expect(lockedMinutes(email, '10.0.0.9', now + 16 * 60_000)).toBeNull();
  });

  it('counts unknown addresses exactly like real ones (no enumeration)', () => {
    const now = Date.now();
    for (let i = 0; i < 6; i++) noteFailure('nobody@nowhere.test', '10.0.0.2', now);
    expect(lockedMinutes('nobody@nowhere.test', '10.0.0.3', now)).toBe(15);
  });

  it('locks a single address spraying many accounts', () => {
    const now = Date.now();
    for (let i = 0; i < 40; i++) noteFailure(`user${i}@spray.test`, '10.9.9.9', now);
    expect(lockedMinutes('fresh@spray.test', '10.9.9.9', now)).not.toBeNull();
    expect(lockedMinutes('fresh@spray.test', '10.9.9.8', now)).toBeNull();
  });

  it('a successful sign-in clears the account counter', () => {
    const now = Date.now();
    for (let i = 0; i < 4; i++) noteFailure('ok@example.test', '10.0.0.4', now);
    noteSuccess('ok@example.test');
    expect(throttleDelayMs('ok@example.test', '10.0.0.5', now)).toBe(0);
  });
});
