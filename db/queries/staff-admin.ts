import 'server-only';
import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { slugify } from '@/lib/validation/story';
import { db, first } from '../client';
import { authors, users, type Role } from '../schema';
import { attempt, Refused, type Tx } from './admin-tx';
import { recordAudit } from './audit';
import { issueInvitation } from './invitations';


export type StaffRow = {
  id: number;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  pending: boolean;
  lastLoginAt: number | null;
  authorName: string | null;
  authorSlug: string | null;
};

/** Staff screen only (admin): every account with its linked author profile; never a password hash. */
export async function listStaff(): Promise<StaffRow[]> {
  return await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      isActive: users.isActive,
      pending: sql<number>`${users.passwordHash} is null`,
      lastLoginAt: users.lastLoginAt,
      authorName: authors.name,
      authorSlug: authors.slug,
    })
    .from(users)
    .leftJoin(authors, eq(authors.id, users.authorId))
    .orderBy(asc(users.name))
    .then((found) => found.map((r) => ({ ...r, pending: Boolean(r.pending), lastLoginAt: r.lastLoginAt?.getTime() ?? null })));
}

/** Author profiles no account is linked to yet, for the invitation form. */
export async function listUnlinkedAuthors(): Promise<{ id: number; name: string; slug: string }[]> {
  return await db
    .select({ id: authors.id, name: authors.name, slug: authors.slug })
    .from(authors)
    .leftJoin(users, eq(users.authorId, authors.id))
    .where(sql`${users.id} is null`)
    .orderBy(asc(authors.name));
}


async function freeAuthorSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || 'author';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 110)}-${n}`;
    if (!(await tx.select({ id: authors.id }).from(authors).where(eq(authors.slug, candidate)).then(first))) return candidate;
  }
}

export type InviteInput = { email: string; name: string; role: Role; author: 'new' | 'none' | number };

/**
 * Creates an account without a password plus a one-time link to set one, linked to an existing
 * author profile or a new one; refuses duplicate emails and profiles already linked.
 */
export async function inviteStaff(actorId: number, input: InviteInput, now = new Date()) {
  return await attempt(async (tx) => {
    const email = input.email.trim().toLowerCase();
    if (await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email}`).then(first)) {
      throw new Refused({ email: ['An account with this email already exists.'] });
    }
    let authorId: number | null = null;
    if (typeof input.author === 'number') {
      const author = await tx.select({ id: authors.id }).from(authors).where(eq(authors.id, input.author)).then(first);
      if (!author) throw new Refused({ author: ['That author profile no longer exists.'] });
      if (await tx.select({ id: users.id }).from(users).where(eq(users.authorId, author.id)).then(first)) {
        throw new Refused({ author: ['Another account already uses this author profile.'] });
      }
      authorId = author.id;
    } else if (input.author === 'new') {
      authorId = (await tx.insert(authors).values({ slug: await freeAuthorSlug(tx, input.name), name: input.name }).returning({ id: authors.id }).then(first))!.id;
    }
    const user = await tx.insert(users).values({ email, name: input.name, role: input.role, authorId, passwordHash: null }).returning({ id: users.id }).then((inserted) => inserted[0]!);
    const token = await issueInvitation(tx, { userId: user.id, purpose: 'invite', createdById: actorId, now });
    await recordAudit(tx, { actorId, action: 'staff.invite', targetType: 'user', targetId: user.id, details: { email, name: input.name, role: input.role }, at: now });
    return { userId: user.id, token };
  });
}

/**
 * Throws Refused when `userId` is the only active admin who can sign in (an invitation not yet
 * accepted does not count), so the newsroom is never locked out.
 */
async function guardLastAdmin(tx: Tx, userId: number, message: string) {
  const others = await tx
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.isActive, true), isNotNull(users.passwordHash), ne(users.id, userId)))
    .then(first);
  if ((others?.n ?? 0) === 0) throw new Refused({ form: [message] });
}

async function loadTarget(tx: Tx, userId: number) {
  const row = await tx.select({ id: users.id, role: users.role, isActive: users.isActive, email: users.email }).from(users).where(eq(users.id, userId)).then(first);
  if (!row) throw new Refused({ form: ['This account no longer exists.'] });
  return row;
}

/** Changes a role and ends the account's sessions; the last active admin keeps the role. */
export async function changeRole(actorId: number, userId: number, role: Role) {
  return await attempt(async (tx) => {
    const target = await loadTarget(tx, userId);
    if (target.role === role) return { changed: false };
    if (target.role === 'admin' && target.isActive) await guardLastAdmin(tx, userId, 'This is the last active administrator. Make someone else an administrator first.');
    await tx.update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAudit(tx, { actorId, action: 'staff.role', targetType: 'user', targetId: userId, details: { email: target.email, from: target.role, to: role } });
    return { changed: true };
  });
}

/**
 * Deactivates (sessions end on the next request) or reactivates an account; stories and bylines
 * stay. The last active admin cannot be deactivated.
 */
export async function setStaffActive(actorId: number, userId: number, active: boolean) {
  return await attempt(async (tx) => {
    const target = await loadTarget(tx, userId);
    if (target.isActive === active) return { changed: false };
    if (!active && target.role === 'admin') await guardLastAdmin(tx, userId, 'This is the last active administrator and cannot be deactivated.');
    await tx.update(users)
      .set({ isActive: active, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAudit(tx, { actorId, action: active ? 'staff.reactivate' : 'staff.deactivate', targetType: 'user', targetId: userId, details: { email: target.email } });
    return { changed: true };
  });
}

/** A one-time link to set a new password; the current password keeps working until it is used. */
export async function issuePasswordReset(actorId: number, userId: number, now = new Date()) {
  return await attempt(async (tx) => {
    const target = await loadTarget(tx, userId);
    if (!target.isActive) throw new Refused({ form: ['Reactivate the account before issuing a password link.'] });
    // An account that never set a password gets a fresh invitation instead of a reset.
    const pending = (await tx.select({ pending: sql<number>`${users.passwordHash} is null` }).from(users).where(eq(users.id, userId)).then(first))?.pending;
    const token = await issueInvitation(tx, { userId, purpose: pending ? 'invite' : 'reset', createdById: actorId, now });
    await recordAudit(tx, { actorId, action: 'staff.password_reset', targetType: 'user', targetId: userId, details: { email: target.email }, at: now });
    return { token };
  });
}
