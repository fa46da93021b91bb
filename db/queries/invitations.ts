import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '../client';
import { WRITE_TRANSACTION } from '../write-transaction';
import type { Tx } from './admin-tx';
import { invitations, users } from '../schema';
import { recordAudit } from './audit';
import type { InvitationPurpose } from '@/lib/domain';

/** How long an invitation or password-reset link stays valid. */
export const INVITATION_TTL_MS = 72 * 3600 * 1000;

/** Only the SHA-256 of a token is stored, so a copy of the database holds no usable link. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues a one-time token for `userId` (32 random bytes, base64url) inside `tx`. Earlier unused
 * links of the same user stop working, so only the newest link is ever valid.
 */
export function issueInvitation(tx: Tx, input: { userId: number; purpose: InvitationPurpose; createdById: number | null; now?: Date }): string {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  tx.update(invitations)
    .set({ usedAt: now })
    .where(and(eq(invitations.userId, input.userId), isNull(invitations.usedAt)))
    .run();
  tx.insert(invitations)
    .values({
      tokenHash: hashToken(token),
      userId: input.userId,
      purpose: input.purpose,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      createdById: input.createdById,
      createdAt: now,
    })
    .run();
  return token;
}

export type InvitationCheck =
  | { ok: true; id: number; userId: number; purpose: InvitationPurpose; email: string; name: string }
  | { ok: false; reason: 'unknown' | 'expired' | 'used' | 'inactive' };

function check(tx: Tx | typeof db, token: string, now: Date): InvitationCheck {
  const row = tx
    .select({
      id: invitations.id,
      userId: invitations.userId,
      purpose: invitations.purpose,
      expiresAt: invitations.expiresAt,
      usedAt: invitations.usedAt,
      email: users.email,
      name: users.name,
      isActive: users.isActive,
    })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .get();
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.usedAt) return { ok: false, reason: 'used' };
  if (row.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  if (!row.isActive) return { ok: false, reason: 'inactive' };
  return { ok: true, id: row.id, userId: row.userId, purpose: row.purpose, email: row.email, name: row.name };
}

/** Whether a link may still be used, and for whom (no side effects). */
export function inspectInvitation(token: string, now = new Date()): InvitationCheck {
  return check(db, token, now);
}

/**
 * Uses a link once: sets the password hash, marks the link used and ends any session of the
 * account, all in one transaction; a second use (even a concurrent one) gets `used`.
 */
export function redeemInvitation(token: string, passwordHash: string, now = new Date()): InvitationCheck {
  return db.transaction((tx) => {
    const found = check(tx, token, now);
    if (!found.ok) return found;
    const claimed = tx
      .update(invitations)
      .set({ usedAt: now })
      .where(and(eq(invitations.id, found.id), isNull(invitations.usedAt)))
      .run();
    if (claimed.changes !== 1) return { ok: false, reason: 'used' } as const;
    tx.update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
      .where(eq(users.id, found.userId))
      .run();
    if (found.purpose === 'invite') recordAudit(tx, { actorId: found.userId, action: 'staff.invitation_accepted', targetType: 'user', targetId: found.userId, at: now });
    return found;
  }, WRITE_TRANSACTION);
}
