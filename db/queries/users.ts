import 'server-only';
import { and, eq, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { db } from '../client';
import { WRITE_TRANSACTION } from '../write-transaction';
import { authors, revokedSessions, users, type ProfileLink, type Role } from '../schema';

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
export function getStaffIdentity(id: number): StaffIdentity | null {
  return db.select(identityColumns).from(users).where(eq(users.id, id)).get() ?? null;
}

/** Sign-in lookup by email (case-insensitive); the only read that returns the password hash. */
export function getStaffCredentials(email: string) {
  return (
    db
      .select({ ...identityColumns, passwordHash: users.passwordHash })
      .from(users)
      .where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
      .get() ?? null
  );
}

export function recordSignIn(id: number, now = new Date()) {
  db.update(users).set({ lastLoginAt: now }).where(eq(users.id, id)).run();
}

/** The signed-in user's own profile (name, plus bio and photo of the linked author profile). */
export function getOwnProfile(userId: number) {
  return (
    db
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
      .get() ?? null
  );
}

/** Updates the acting user's own name, and bio/photo on their linked author profile. */
export function updateOwnProfile(userId: number, input: { name: string; bio: string; links: ProfileLink[]; photoUrl: string | null }) {
  const now = new Date();
  db.transaction((tx) => {
    const row = tx.select({ authorId: users.authorId }).from(users).where(eq(users.id, userId)).get();
    tx.update(users).set({ name: input.name, updatedAt: now }).where(eq(users.id, userId)).run();
    if (row?.authorId) {
      tx.update(authors)
        // A version bump: an admin's profile form loaded before this save is then refused.
        .set({ name: input.name, bio: input.bio, links: input.links, photoUrl: input.photoUrl, updatedAt: now, version: sql`${authors.version} + 1` })
        .where(eq(authors.id, row.authorId))
        .run();
    }
  }, WRITE_TRANSACTION);
}

export function getPasswordHash(userId: number): string | null {
  return db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get()?.hash ?? null;
}

/** Sets a new password hash and bumps sessionVersion so every other session ends. */
export function setPasswordHash(userId: number, hash: string): number {
  const row = db
    .update(users)
    .set({ passwordHash: hash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion })
    .get();
  return row?.sessionVersion ?? 0;
}

/** Ends every session of one account (all devices): the next request of each is anonymous. */
export function endAllSessions(userId: number) {
  db.update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
}

/**
 * Ends one session (one device): its id is refused until `expiresAt`, after which the token has
 * expired anyway and the row is pruned.
 */
export function revokeSession(sid: string, expiresAt: Date) {
  db.insert(revokedSessions).values({ sid, expiresAt }).onConflictDoNothing().run();
}

export function isSessionRevoked(sid: string): boolean {
  return db.select({ sid: revokedSessions.sid }).from(revokedSessions).where(eq(revokedSessions.sid, sid)).get() !== undefined;
}

/** Drops revocations whose tokens have expired (housekeeping, on sign-in and sign-out). */
export function pruneRevokedSessions(now = Date.now()) {
  db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date(now))).run();
}

/** Of these author profiles, the ones linked to a staff account (id → name); guest and wire profiles are not. */
export function staffBylines(authorIds: readonly number[]): Map<number, string> {
  if (authorIds.length === 0) return new Map();
  const rows = db
    .select({ id: authors.id, name: authors.name })
    .from(authors)
    .innerJoin(users, eq(users.authorId, authors.id))
    .where(and(inArray(authors.id, [...authorIds]), isNotNull(users.authorId)))
    .all();
  return new Map(rows.map((r) => [r.id, r.name]));
}
