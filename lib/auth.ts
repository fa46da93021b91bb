import 'server-only';
import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { z } from 'zod';
import { getStaffCredentials, getStaffIdentity, isSessionRevoked, pruneRevokedSessions, recordSignIn, revokeSession } from '@/db/queries/users';
import type { Role } from '@/lib/domain';
import { makeAuthLogger } from '@/lib/auth-log';
import { env } from '@/lib/env';
import { lockedMinutes, noteFailure, noteSuccess, throttleDelayMs } from '@/lib/login-throttle';
import { can, type StaffAction, type StoryResource } from '@/lib/permissions';
import { clientKey } from '@/lib/rate-limit';

// What our sign-in puts on the user, the JWT and the session, typed once instead of cast.
declare module 'next-auth' {
  interface User {
    /** The account's session version at sign-in. */
    sv?: number;
  }
  interface Session {
    uid?: number;
    sv?: number;
  }
}
declare module '@auth/core/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** This session's own id, so signing out ends this device's session and no other. */
    sid?: string;
  }
}

/** A sign-in refused because of too many recent failures; `code` carries the minutes left. */
export class SignInLocked extends CredentialsSignin {
  code = 'locked';
}

export const SESSION_MAX_AGE_S = 8 * 3600;

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().email().max(320), password: z.string().min(1).max(1000) });

// Verifying against a throwaway hash for unknown emails keeps the answer time the same, so the
// response time does not reveal which addresses have accounts.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hash('not-the-password-of-anyone'));

// X-Forwarded-For is only believed behind our own reverse proxy; otherwise anyone could pick a
// fresh "address" per attempt and dodge the per-address throttle.
function clientIp(request: Request | undefined): string {
  return request ? clientKey(request.headers, env.TRUST_PROXY === '1') : 'unknown';
}

async function checkPassword(email: string, password: string, ip: string) {
  if (lockedMinutes(email, ip) !== null) throw new SignInLocked();
  const delay = throttleDelayMs(email, ip);
  if (delay > 0) await new Promise((r) => setTimeout(r, delay));
  const user = getStaffCredentials(email);
  const ok = user?.passwordHash
    ? await verify(user.passwordHash, password).catch(() => false)
    : await verify(await getDummyHash(), password).catch(() => false);
  if (!ok || !user || !user.isActive) {
    await noteFailure(email, ip);
    return null;
  }
  noteSuccess(email, ip);
  recordSignIn(user.id);
  pruneRevokedSessions();
  return user;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: makeAuthLogger(),
  secret: env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S, updateAge: 3600 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await checkPassword(parsed.data.email, parsed.data.password, clientIp(request));
        if (!user) return null;
        return { id: String(user.id), name: user.name, email: user.email, sv: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.sv = user.sv;
        token.sid = randomUUID();
        return token;
      }
      // A signed-out session (or a token from before sessions had ids) opens nothing.
      if (!token.sid || isSessionRevoked(token.sid)) return null;
      return token;
    },
    session({ session, token }) {
      session.uid = typeof token.uid === 'number' ? token.uid : undefined;
      session.sv = typeof token.sv === 'number' ? token.sv : undefined;
      return session;
    },
  },
  events: {
    // Sign-out ends this session on the server too: the old cookie, replayed, is refused. Any
    // token carrying this id was issued before now, so it expires within one session lifetime.
    signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (sid) revokeSession(sid, new Date(Date.now() + SESSION_MAX_AGE_S * 1000));
      pruneRevokedSessions();
    },
  },
});

export type Staff = { id: number; name: string; email: string; role: Role; authorId: number | null };

/**
 * The signed-in staff member for this request, or null. Re-reads the user row every request, so a
 * deactivated account, or one whose password or role changed (sessionVersion bumped), is out at once.
 */
export const getCurrentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  if (!session?.uid || session.sv === undefined) return null;
  const user = getStaffIdentity(session.uid);
  if (!user || !user.isActive || user.sessionVersion !== session.sv) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, authorId: user.authorId };
});

/** Only same-site newsroom paths may be a post-sign-in destination (no open redirect). */
export function safeNextPath(value: unknown): string {
  return typeof value === 'string' && /^\/admin(?:[/?#]|$)/.test(value) && !value.includes('//') && !value.includes('\\') ? value : '/admin';
}

/** The signed-in staff member; anonymous visitors go to /login and come back to `returnTo`. */
export async function requireStaff(returnTo = '/admin'): Promise<Staff> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(`/login?next=${encodeURIComponent(safeNextPath(returnTo))}`);
  return staff;
}

/** Refuses with the 403 page unless `actor` may do `action` (to `story`). */
export function authorize(actor: Staff, action: StaffAction, story?: StoryResource): void {
  if (!can(actor, action, story)) forbidden();
}
