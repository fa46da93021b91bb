import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first, transaction } from '@/db/client';
import { users } from '@/db/schema';
import { makeUser } from '@/test/factories';
import { INVITATION_TTL_MS, inspectInvitation, issueInvitation, redeemInvitation } from './invitations';

async function issue(userId: number, now: Date, purpose: 'invite' | 'reset' = 'invite') {
  return await transaction(async (tx) => await issueInvitation(tx, { userId, purpose, createdById: null, now }));
}

describe('invitations', () => {
  const t0 = new Date('2030-01-01T00:00:00Z');

  it('works once within its lifetime: sets the password and ends old sessions', async () => {
    const u = await makeUser('journalist');
    const token = await issue(u.id, t0);
    expect(await inspectInvitation(token, t0)).toMatchObject({ ok: true, userId: u.id, email: u.email });
    expect(await redeemInvitation(token, 'hash-1', new Date(t0.getTime() + 1000))).toMatchObject({ ok: true });
    expect(await db.select().from(users).where(eq(users.id, u.id)).then(first)).toMatchObject({ passwordHash: 'hash-1', sessionVersion: 2 });
    expect(await redeemInvitation(token, 'hash-2', new Date(t0.getTime() + 2000))).toEqual({ ok: false, reason: 'used' });
    expect((await db.select().from(users).where(eq(users.id, u.id)).then(first))?.passwordHash).toBe('hash-1');
  });

  it('expires after its lifetime and then changes nothing', async () => {
    const u = await makeUser('journalist');
    const token = await issue(u.id, t0);
    const late = new Date(t0.getTime() + INVITATION_TTL_MS);
    expect((await inspectInvitation(token, new Date(late.getTime() - 1))).ok).toBe(true);
    expect(await inspectInvitation(token, late)).toEqual({ ok: false, reason: 'expired' });
    expect(await redeemInvitation(token, 'hash', late)).toEqual({ ok: false, reason: 'expired' });
    expect((await db.select().from(users).where(eq(users.id, u.id)).then(first))?.passwordHash).toBeNull();
  });

  it('rejects unknown tokens, superseded links and links of deactivated accounts', async () => {
    expect(await inspectInvitation('not-a-token', t0)).toEqual({ ok: false, reason: 'unknown' });
    const u = await makeUser('editor');
    const first = await issue(u.id, t0, 'reset');
    const second = await issue(u.id, t0, 'reset');
    expect(await inspectInvitation(first, t0)).toEqual({ ok: false, reason: 'used' });
    expect((await inspectInvitation(second, t0)).ok).toBe(true);
    await transaction((tx) => tx.update(users).set({ isActive: false }).where(eq(users.id, u.id)));
    expect(await redeemInvitation(second, 'hash', t0)).toEqual({ ok: false, reason: 'inactive' });
  });
});
