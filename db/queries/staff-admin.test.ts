import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first, transaction } from '@/db/client';
import { auditLog, authors, invitations, users } from '@/db/schema';
import { makeAuthor, makeUser } from '@/test/factories';
import { changeRole, inviteStaff, issuePasswordReset, setStaffActive } from './staff-admin';

const user = async (id: number) => (await db.select().from(users).where(eq(users.id, id)).then(first))!;

describe('last active admin', () => {
  it('cannot be demoted or deactivated, while a second admin makes both possible', async () => {
    await transaction((tx) => tx.update(users).set({ isActive: false }).where(eq(users.role, 'admin')));
    const only = await makeUser('admin', { passwordHash: 'x' });
    expect(await changeRole(only.id, only.id, 'editor')).toEqual({ ok: false, errors: { form: [expect.stringContaining('last active administrator')] } });
    expect((await setStaffActive(only.id, only.id, false)).ok).toBe(false);
    expect(await user(only.id)).toMatchObject({ role: 'admin', isActive: true, sessionVersion: 1 });

    // An inactive admin does not count as a second one.
    const inactive = await makeUser('admin', { isActive: false, passwordHash: 'x' });
    expect((await changeRole(only.id, only.id, 'editor')).ok).toBe(false);
    // Nor does an invited admin who has not set a password yet.
    await makeUser('admin', { passwordHash: null });
    expect((await setStaffActive(only.id, only.id, false)).ok).toBe(false);

    const second = await makeUser('admin', { passwordHash: 'x' });
    expect(await changeRole(second.id, only.id, 'editor')).toEqual({ ok: true, value: { changed: true } });
    expect(await user(only.id)).toMatchObject({ role: 'editor', sessionVersion: 2 });
    expect((await setStaffActive(second.id, second.id, false)).ok).toBe(false);
    expect((await setStaffActive(second.id, inactive.id, true)).ok).toBe(true);
    expect((await setStaffActive(second.id, second.id, false)).ok).toBe(true);
    expect(await user(second.id)).toMatchObject({ isActive: false, sessionVersion: 2 });
  });

  it('records role changes and (de)activations in the audit log', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('journalist');
    await changeRole(admin.id, target.id, 'editor');
    await setStaffActive(admin.id, target.id, false);
    await setStaffActive(admin.id, target.id, true);
    const rows = await db.select().from(auditLog).where(eq(auditLog.targetId, target.id));
    expect(rows.map((r) => r.action)).toEqual(['staff.role', 'staff.deactivate', 'staff.reactivate']);
    expect(rows[0]).toMatchObject({ actorId: admin.id, details: { from: 'journalist', to: 'editor' } });
  });
});

describe('inviteStaff', () => {
  it('creates a passwordless account, a new author profile and a stored token hash only', async () => {
    const admin = await makeUser('admin');
    const result = await inviteStaff(admin.id, { email: 'New.Person@Example.org', name: 'New Person', role: 'journalist', author: 'new' });
    if (!result.ok) throw new Error('invite refused');
    const row = await user(result.value.userId);
    expect(row).toMatchObject({ email: 'new.person@example.org', passwordHash: null, role: 'journalist' });
    expect((await db.select().from(authors).where(eq(authors.id, row.authorId!)).then(first))?.slug).toBe('new-person');
    const stored = await db.select().from(invitations).where(eq(invitations.userId, row.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(result.value.token);
    expect(result.value.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a duplicate email (any case) and an author profile already linked, writing nothing', async () => {
    const admin = await makeUser('admin');
    await makeUser('editor', { email: 'taken@example.org' });
    const before = (await db.select().from(users)).length;
    expect(await inviteStaff(admin.id, { email: 'TAKEN@example.org', name: 'X', role: 'editor', author: 'new' })).toEqual({
      ok: false,
      errors: { email: ['An account with this email already exists.'] },
    });
    const author = await makeAuthor();
    await makeUser('journalist', { authorId: author.id });
    expect((await inviteStaff(admin.id, { email: 'free@example.org', name: 'Y', role: 'journalist', author: author.id })).ok).toBe(false);
    expect((await db.select().from(users)).length).toBe(before + 1);
  });

  it('issues a fresh invitation for an account that never set a password', async () => {
    const admin = await makeUser('admin');
    const invited = await inviteStaff(admin.id, { email: 'pending@example.org', name: 'Pending', role: 'contributor', author: 'none' });
    if (!invited.ok) throw new Error('invite refused');
    const again = await issuePasswordReset(admin.id, invited.value.userId);
    expect(again.ok).toBe(true);
    const rows = await db.select().from(invitations).where(eq(invitations.userId, invited.value.userId));
    expect(rows.map((r) => r.purpose)).toEqual(['invite', 'invite']);
    expect(rows[0]!.usedAt).not.toBeNull();
  });
});
