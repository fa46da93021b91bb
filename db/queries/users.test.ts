import { describe, expect, it } from 'vitest';
import { makeAuthor, makeUser } from '@/test/factories';
import { endAllSessions, getStaffIdentity, isSessionRevoked, pruneRevokedSessions, revokeSession, staffBylines } from './users';

describe('sessions', () => {
  it('a signed-out session id stays refused until its token would have expired, then is pruned', async () => {
    const now = Date.now();
    await revokeSession('sid-a', new Date(now + 8 * 3_600_000));
    await revokeSession('sid-a', new Date(now + 8 * 3_600_000));
    expect(await isSessionRevoked('sid-a')).toBe(true);
    expect(await isSessionRevoked('sid-b')).toBe(false);
    await pruneRevokedSessions(now + 3_600_000);
    expect(await isSessionRevoked('sid-a')).toBe(true);
    await pruneRevokedSessions(now + 9 * 3_600_000);
    expect(await isSessionRevoked('sid-a')).toBe(false);
  });

  it('signing out everywhere moves the session version on, so every token of the account is out', async () => {
    const user = await makeUser('journalist');
    const before = (await getStaffIdentity(user.id))!.sessionVersion;
    await endAllSessions(user.id);
    expect((await getStaffIdentity(user.id))!.sessionVersion).toBe(before + 1);
  });
});

describe('staffBylines', () => {
  it('names the profiles that belong to staff accounts, not guest or wire profiles', async () => {
    const colleague = await makeAuthor({ name: 'A Colleague' });
    await makeUser('journalist', { authorId: colleague.id });
    const wire = await makeAuthor({ name: 'Wire Service' });
    expect(await staffBylines([colleague.id, wire.id])).toEqual(new Map([[colleague.id, 'A Colleague']]));
    expect(await staffBylines([])).toEqual(new Map());
  });
});
