import { describe, expect, it } from 'vitest';
import { makeAuthor, makeUser } from '@/test/factories';
import { endAllSessions, getStaffIdentity, isSessionRevoked, pruneRevokedSessions, revokeSession, staffBylines } from './users';

describe('sessions', () => {
  it('a signed-out session id stays refused until its token would have expired, then is pruned', () => {
    const now = Date.now();
    revokeSession('sid-a', new Date(now + 8 * 3_600_000));
    revokeSession('sid-a', new Date(now + 8 * 3_600_000));
    expect(isSessionRevoked('sid-a')).toBe(true);
    expect(isSessionRevoked('sid-b')).toBe(false);
    pruneRevokedSessions(now + 3_600_000);
    expect(isSessionRevoked('sid-a')).toBe(true);
    pruneRevokedSessions(now + 9 * 3_600_000);
    expect(isSessionRevoked('sid-a')).toBe(false);
  });

  it('signing out everywhere moves the session version on, so every token of the account is out', () => {
    const user = makeUser('journalist');
    const before = getStaffIdentity(user.id)!.sessionVersion;
    endAllSessions(user.id);
    expect(getStaffIdentity(user.id)!.sessionVersion).toBe(before + 1);
  });
});

describe('staffBylines', () => {
  it('names the profiles that belong to staff accounts, not guest or wire profiles', () => {
    const colleague = makeAuthor({ name: 'A Colleague' });
    makeUser('journalist', { authorId: colleague.id });
    const wire = makeAuthor({ name: 'Wire Service' });
    expect(staffBylines([colleague.id, wire.id])).toEqual(new Map([[colleague.id, 'A Colleague']]));
    expect(staffBylines([])).toEqual(new Map());
  });
});
