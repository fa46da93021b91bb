import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first, transaction } from '@/db/client';
import { users } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { INVITATION_TTL_MS, inspectInvitation, issueInvitation, redeemInvitation } from './invitations';

async function issue(userId: number, now: Date, purpose: 'invite' | 'reset' = 'invite') {
  return await transaction(async (tx) => issueInvitation(tx, { userId, purpose, createdById: null, now }));
}

describe('invitations', () => {
  const t0 = new Date('2030-01-01T00:00:00Z');

  it('works once within its lifetime: sets the password and ends old sessions', () => {
    const u = makeUser('journalist');
    const token = issue(u.id, t0);
    expect(inspectInvitation(token, t0)).toMatchObject({ ok: true, userId: u.id, email: u.email });
    expect(redeemInvitation(token, 'hash-1', new Date(t0.getTime() + 1000))).toMatchObject({ ok: true });
    expect(db.select().from(users).where(eq(users.id, u.id)).then(first)).toMatchObject({ passwordHash: 'hash-1', sessionVersion: 2 });
    expect(redeemInvitation(token, 'hash-2', new Date(t0.getTime() + 2000))).toEqual({ ok: false, reason: 'used' });
    expect(db.select().from(users).where(eq(users.id, u.id)).then(first)?.passwordHash).toBe('hash-1');
  });

  it('expires after its lifetime and then changes nothing', () => {
    const u = makeUser('journalist');
    const token = issue(u.id, t0);
    const late = new Date(t0.getTime() + INVITATION_TTL_MS);
    expect(inspectInvitation(token, new Date(late.getTime() - 1)).ok).toBe(true);
    expect(inspectInvitation(token, late)).toEqual({ ok: false, reason: 'expired' });
    expect(redeemInvitation(token, 'hash', late)).toEqual({ ok: false, reason: 'expired' });
    expect(db.select().from(users).where(eq(users.id, u.id)).then(first)?.passwordHash).toBeNull();
  });

  it('rejects unknown tokens, superseded links and links of deactivated accounts', () => {
    expect(inspectInvitation('not-a-token', t0)).toEqual({ ok: false, reason: 'unknown' });
    const u = makeUser('editor');
    const first = issue(u.id, t0, 'reset');
    const second = issue(u.id, t0, 'reset');
    expect(inspectInvitation(first, t0)).toEqual({ ok: false, reason: 'used' });
    expect(inspectInvitation(second, t0).ok).toBe(true);
    await db.update(users).set({ isActive: false }).where(eq(users.id, u.id));
    expect(redeemInvitation(second, 'hash', t0)).toEqual({ ok: false, reason: 'inactive' });
  });
});
