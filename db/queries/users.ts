import 'server-only';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { db, first, transaction } from '../client';
import { authors, revokedSessions, users, type ProfileLink, type Role } from '../schema';
import { auditProfileEdit, profileChanges } from './author-admin';
import { profileColumns } from './authors';

/** What the session layer needs about a staff member; never the password hash. */
export type StaffIdentity = {
  id: number;
  name: string;
  email: string;
  role: Role;
  authorId: number | null;
  isActive: boolean;
  sessionVersion: number;
};

const identityColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  authorId: users.authorId,
  isActive: users.isActive,
  sessionVersion: users.sessionVersion,
};

/** The current row of one staff member, re-read on every request by the session getter. */
export async function getStaffIdentity(id: number): Promise<StaffIdentity | null> {
  return await db.select(identityColumns).from(users).where(eq(users.id, id)).then(first) ?? null;
}

/** Sign-in lookup by email (case-insensitive); the only read that returns the password hash. */
export async function getStaffCredentials(email: string) {
  return (
    await db
      .select({ ...identityColumns, passwordHash: users.passwordHash })
      .from(users)
      .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
      .then(first) ?? null
  );
}

export async function recordSignIn(id: number, now = new Date()) {
  await transaction((tx) => tx.update(users).set({ lastLoginAt: now }).where(eq(users.id, id)));
}

/** The signed-in user's own profile (name, plus bio and photo of the linked author profile). */
export async function getOwnProfile(userId: number) {
  return (
    await db
      .select({
        name: users.name,
        email: users.email,
        role: users.role,
        authorId: users.authorId,
        bio: authors.bio,
        photoUrl: authors.photoUrl,
        links: authors.links,
        authorSlug: authors.slug,
      })
      .from(users)
      .leftJoin(authors, eq(authors.id, users.authorId))
      .where(eq(users.id, userId))
      .then(first) ?? null
  );
}

/** Updates the acting user's own name, and bio/photo on their linked author profile. */
export async function updateOwnProfile(userId: number, input: { name: string; bio: string; links: ProfileLink[]; photoUrl: string | null }) {
  const now = new Date();
  await transaction(async (tx) => {
    const row = await tx.select({ authorId: users.authorId }).from(users).where(eq(users.id, userId)).then(first);
    await tx.update(users).set({ name: input.name, updatedAt: now }).where(eq(users.id, userId));
    const before = row?.authorId ? await tx.select(profileColumns).from(authors).where(eq(authors.id, row.authorId)).then(first) : undefined;
    if (row?.authorId && before) await auditProfileEdit(tx, userId, row.authorId, before, { ...input, slug: before.slug }, profileChanges(before, input));
    if (row?.authorId) {
      await tx.update(authors)
        // A version bump: an admin's profile form loaded before this save is then refused.
        .set({ name: input.name, bio: input.bio, links: input.links, photoUrl: input.photoUrl, updatedAt: now, version: sql`${authors.version} + 1` })
        .where(eq(authors.id, row.authorId));
    }
  });
}

export async function getPasswordHash(userId: number): Promise<string | null> {
  return (await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).then(first))?.hash ?? null;
}

/** Sets a new password hash and bumps sessionVersion so every other session ends. */
export async function setPasswordHash(userId: number, hash: string): Promise<number> {
  const row = await transaction((tx) =>
       tx.update(users)
    .set({ passwordHash: hash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion })
    .then(first));
  return row?.sessionVersion ?? 0;
}

/** Ends every session of one account (all devices): the next request of each is anonymous. */
export async function endAllSessions(userId: number) {
  await transaction((tx) => tx.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId)));
}

/**
 * Ends one session (one device): its id is refused until `expiresAt`, after which the token has
 * expired anyway and the row is pruned.
 */
export async function revokeSession(sid: string, expiresAt: Date) {
  await transaction((tx) => tx.insert(revokedSessions).values({ sid, expiresAt }).onConflictDoNothing());
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return await db.select({ sid: revokedSessions.sid }).from(revokedSessions).where(eq(revokedSessions.sid, sid)).then(first) !== undefined;
}

/** Drops revocations whose tokens have expired (housekeeping, on sign-in and sign-out). */
export async function pruneRevokedSessions(now = Date.now()) {
  await transaction((tx) => tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date(now))));
}

/** Of these author profiles, the ones linked to a staff account (id → name); guest and wire profiles are not. */
export async function staffBylines(authorIds: readonly number[]): Promise<Map<number, string>> {
  if (authorIds.length === 0) return new Map();
  const rows = await db
    .select({ id: authors.id, name: authors.name })
    .from(authors)
    .innerJoin(users, eq(users.authorId, authors.id))
    .where(and(inArray(authors.id, [...authorIds]), isNotNull(users.authorId)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
