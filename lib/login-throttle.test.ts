import { describe, expect, it } from 'vitest';
import { countAttempts, getAttemptState, pruneAttempts } from '@/db/queries/login-attempts';
import { runInstance } from '@/test/counter-instances';
import { lockedMinutes, noteFailure, noteSuccess, throttleDelayMs } from './login-throttle';

const MINUTE = 60_000;

describe('login throttling', () => {
  it('slows one address guessing an account after a few failures, then locks that address out of it', async () => {
    const now = Date.now();
    const email = 'Someone@Example.test';
    for (let i = 0; i < 2; i++) await noteFailure(email, '10.0.0.1', now);
    expect(await throttleDelayMs(email, '10.0.0.1', now)).toBe(0);
    await noteFailure(email, '10.0.0.1', now);
    expect(await throttleDelayMs('someone@example.test', '10.0.0.1', now)).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) await noteFailure(email, '10.0.0.1', now);
    expect(await lockedMinutes(email, '10.0.0.1', now)).toBe(15);
    expect(await lockedMinutes(email, '10.0.0.1', now + 16 * MINUTE)).toBeNull();
  });

  it('an attacker at one address cannot lock the owner out from another', async () => {
    const now = Date.now();
    const email = 'editor-in-chief@example.test';
    for (let i = 0; i < 30; i++) await noteFailure(email, '203.0.113.66', now);
    expect(await lockedMinutes(email, '203.0.113.66', now)).toBe(15);
    // The owner's own address: not locked, and any slow-down is bounded.
    expect(await lockedMinutes(email, '198.51.100.7', now)).toBeNull();
    expect(await throttleDelayMs(email, '198.51.100.7', now)).toBeLessThanOrEqual(2_000);
  });

  it('many attacking addresses slow the account down, boundedly, and never lock it', async () => {
    const now = Date.now();
    const email = 'target@example.test';
    for (let a = 0; a < 50; a++) for (let i = 0; i < 5; i++) await noteFailure(email, `192.0.2.${a}`, now);
    expect(await lockedMinutes(email, '198.51.100.8', now)).toBeNull();
    const delay = await throttleDelayMs(email, '198.51.100.8', now);
    expect(delay).toBeGreaterThan(0);
    expect(delay).toBeLessThanOrEqual(2_000);
  });

  it('counts unknown addresses exactly like real ones (no enumeration)', async () => {
    const now = Date.now();
    for (let i = 0; i < 6; i++) await noteFailure('nobody@nowhere.test', '10.0.0.2', now);
    expect(await lockedMinutes('nobody@nowhere.test', '10.0.0.2', now)).toBe(15);
    expect(await lockedMinutes('nobody@nowhere.test', '10.0.0.3', now)).toBeNull();
  });

  it('locks a single address spraying many accounts', async () => {
    const now = Date.now();
    for (let i = 0; i < 40; i++) await noteFailure(`user${i}@spray.test`, '10.9.9.9', now);
    expect(await lockedMinutes('fresh@spray.test', '10.9.9.9', now)).not.toBeNull();
    expect(await lockedMinutes('fresh@spray.test', '10.9.9.8', now)).toBeNull();
  });

  it('a successful sign-in clears that address’s counter for the account', async () => {
    const now = Date.now();
    for (let i = 0; i < 4; i++) await noteFailure('ok@example.test', '10.0.0.4', now);
    expect(await throttleDelayMs('ok@example.test', '10.0.0.4', now)).toBeGreaterThan(0);
    await noteSuccess('ok@example.test', '10.0.0.4', now);
    expect(await throttleDelayMs('ok@example.test', '10.0.0.4', now)).toBe(0);
  });

  it('old counters are pruned, so attempts for ever-new emails do not grow the table without bound', async () => {
    const start = Date.now() + 24 * 60 * MINUTE;
    const before = await countAttempts();
    // 600 invented emails, one every 30 seconds for five hours, from a handful of addresses.
    for (let i = 0; i < 600; i++) await noteFailure(`invented-${i}@example.test`, `10.1.0.${i % 5}`, start + i * 30_000);
    // Without pruning: two rows per email (pair and account) plus the addresses, over 1,200.
    // Counters older than an hour go (checked once a minute), so about an hour's worth remain.
    expect(await countAttempts() - before).toBeLessThan(2 * 130 + 5);
  });

  it('past the row cap the oldest counters go first, but never a lock still running', async () => {
    const now = Date.now() + 48 * 60 * MINUTE;
    for (let i = 0; i < 6; i++) await noteFailure('locked@example.test', '10.2.0.1', now);
    for (let i = 0; i < 40; i++) await noteFailure(`filler-${i}@example.test`, '10.2.0.2', now + i);
    await pruneAttempts(now + 100, 10);
    expect(await countAttempts()).toBeLessThanOrEqual(10 + 3);
    expect(await lockedMinutes('locked@example.test', '10.2.0.1', now + 100)).toBe(15);
  });

  it('counts every failure once when two app instances record them for the same account at once', async () => {
    const now = Date.now();
    const counts = await Promise.all([runInstance({ COUNTER: 'login', HITS: '150', NOW: String(now) }), runInstance({ COUNTER: 'login', HITS: '150', NOW: String(now) })]);
    expect(counts).toEqual([150, 150]);
    expect((await getAttemptState('email:shared@example.test', now)).failures).toBe(300);
    expect(await lockedMinutes('shared@example.test', '203.0.113.10', now)).toBe(15);
  });
});
