import { describe, expect, it } from 'vitest';
import { ROLES, type ArticleStatus, type Role } from '@/lib/domain';
import { bylinesNeedingEditor, can, STAFF_ACTIONS, type Actor, type StaffAction, type StoryResource } from './permissions';

const actor = (role: Role): Actor => ({ id: 10, role, authorId: 100 });
const own = (status: ArticleStatus): StoryResource => ({ status, createdById: 10, authorIds: [] });
const coAuthored = (status: ArticleStatus): StoryResource => ({ status, createdById: 99, authorIds: [7, 100] });
const others = (status: ArticleStatus): StoryResource => ({ status, createdById: 99, authorIds: [7] });

// Expected answers: [own draft, own published, someone else's draft, someone else's published].
type Row = [boolean, boolean, boolean, boolean];
const Y = true;
const N = false;
const TABLE: Record<Role, Record<StaffAction, Row>> = {
  contributor: {
    'story:create': [Y, Y, Y, Y],
    'story:view': [Y, Y, N, N],
    'story:edit': [Y, N, N, N],
    'story:submit': [Y, N, N, N],
    'story:publish': [N, N, N, N],
    'story:schedule': [N, N, N, N],
    'story:unpublish': [N, N, N, N],
    'story:delete': [Y, N, N, N],
    'story:note': [N, N, N, N],
    'story:send_back': [N, N, N, N],
    'story:kill': [N, N, N, N],
    'story:lift_embargo': [N, N, N, N],
    'byline:staff': [N, N, N, N],
    'review:view': [N, N, N, N],
    'taxonomy:manage': [N, N, N, N],
    'tag:create': [N, N, N, N],
    'media:upload': [Y, Y, Y, Y],
    'staff:manage': [N, N, N, N],
    'authors:manage': [N, N, N, N],
    'settings:manage': [N, N, N, N],
    'audit:view': [N, N, N, N],
    'front:arrange': [N, N, N, N],
    'clients:manage': [N, N, N, N],
  },
  journalist: {
    'story:create': [Y, Y, Y, Y],
    'story:view': [Y, Y, Y, Y],
    'story:edit': [Y, Y, N, N],
    'story:submit': [Y, N, N, N],
    'story:publish': [Y, Y, N, N],
    'story:schedule': [Y, Y, N, N],
    'story:unpublish': [Y, Y, N, N],
    'story:delete': [Y, N, N, N],
    'story:note': [Y, Y, N, N],
    'story:send_back': [N, N, N, N],
    'story:kill': [N, N, N, N],
    'story:lift_embargo': [N, N, N, N],
    'byline:staff': [N, N, N, N],
    'review:view': [N, N, N, N],
    'taxonomy:manage': [N, N, N, N],
    'tag:create': [Y, Y, Y, Y],
    'media:upload': [Y, Y, Y, Y],
    'staff:manage': [N, N, N, N],
    'authors:manage': [N, N, N, N],
    'settings:manage': [N, N, N, N],
    'audit:view': [N, N, N, N],
    'front:arrange': [N, N, N, N],
    'clients:manage': [N, N, N, N],
  },
  editor: {
    'story:create': [Y, Y, Y, Y],
    'story:view': [Y, Y, Y, Y],
    'story:edit': [Y, Y, Y, Y],
    'story:submit': [Y, Y, Y, Y],
    'story:publish': [Y, Y, Y, Y],
    'story:schedule': [Y, Y, Y, Y],
    'story:unpublish': [Y, Y, Y, Y],
    'story:delete': [Y, Y, Y, Y],
    'story:note': [Y, Y, Y, Y],
    'story:send_back': [Y, Y, Y, Y],
    'story:kill': [Y, Y, Y, Y],
    'story:lift_embargo': [Y, Y, Y, Y],
    'byline:staff': [Y, Y, Y, Y],
    'review:view': [Y, Y, Y, Y],
    'taxonomy:manage': [Y, Y, Y, Y],
    'tag:create': [Y, Y, Y, Y],
    'media:upload': [Y, Y, Y, Y],
    'staff:manage': [N, N, N, N],
    'authors:manage': [N, N, N, N],
    'settings:manage': [N, N, N, N],
    'audit:view': [N, N, N, N],
    'front:arrange': [Y, Y, Y, Y],
    'clients:manage': [N, N, N, N],
  },
  admin: {
    'story:create': [Y, Y, Y, Y],
    'story:view': [Y, Y, Y, Y],
    'story:edit': [Y, Y, Y, Y],
    'story:submit': [Y, Y, Y, Y],
    'story:publish': [Y, Y, Y, Y],
    'story:schedule': [Y, Y, Y, Y],
    'story:unpublish': [Y, Y, Y, Y],
    'story:delete': [Y, Y, Y, Y],
    'story:note': [Y, Y, Y, Y],
    'story:send_back': [Y, Y, Y, Y],
    'story:kill': [Y, Y, Y, Y],
    'story:lift_embargo': [Y, Y, Y, Y],
    'byline:staff': [Y, Y, Y, Y],
    'review:view': [Y, Y, Y, Y],
    'taxonomy:manage': [Y, Y, Y, Y],
    'tag:create': [Y, Y, Y, Y],
    'media:upload': [Y, Y, Y, Y],
    'staff:manage': [Y, Y, Y, Y],
    'authors:manage': [Y, Y, Y, Y],
    'settings:manage': [Y, Y, Y, Y],
    'audit:view': [Y, Y, Y, Y],
    'front:arrange': [Y, Y, Y, Y],
    'clients:manage': [Y, Y, Y, Y],
  },
};

describe('permission table', () => {
  for (const role of ROLES) {
    for (const action of STAFF_ACTIONS) {
      it(`${role} × ${action}`, () => {
        const [ownDraft, ownPublished, otherDraft, otherPublished] = TABLE[role][action];
        expect(can(actor(role), action, own('draft'))).toBe(ownDraft);
        expect(can(actor(role), action, own('published'))).toBe(ownPublished);
        expect(can(actor(role), action, others('draft'))).toBe(otherDraft);
        expect(can(actor(role), action, others('published'))).toBe(otherPublished);
      });
    }
  }

  it('a byline makes a story one’s own, like creating it', () => {
    expect(can(actor('journalist'), 'story:publish', coAuthored('in_review'))).toBe(true);
    expect(can(actor('contributor'), 'story:edit', coAuthored('in_review'))).toBe(true);
    expect(can({ id: 10, role: 'journalist', authorId: null }, 'story:publish', coAuthored('draft'))).toBe(false);
  });

  it('a contributor may edit an own story in review but not once it is scheduled or unpublished', () => {
    expect(can(actor('contributor'), 'story:edit', own('in_review'))).toBe(true);
    expect(can(actor('contributor'), 'story:edit', own('scheduled'))).toBe(false);
    expect(can(actor('contributor'), 'story:edit', own('unpublished'))).toBe(false);
    expect(can(actor('contributor'), 'story:submit', own('in_review'))).toBe(false);
  });

  it('a story sent back for changes is its writer’s draft again: edit, resubmit, delete', () => {
    for (const action of ['story:edit', 'story:submit', 'story:delete'] as const) {
      expect(can(actor('contributor'), action, own('changes_requested'))).toBe(true);
      expect(can(actor('contributor'), action, others('changes_requested'))).toBe(false);
      expect(can(actor('journalist'), action, own('changes_requested'))).toBe(true);
    }
  });

  it('only editors and admins send a story back; journalists correct only their own stories', () => {
    for (const role of ROLES) expect(can(actor(role), 'story:send_back', others('in_review'))).toBe(role === 'editor' || role === 'admin');
    expect(can(actor('journalist'), 'story:note', coAuthored('published'))).toBe(true);
    expect(can(actor('journalist'), 'story:note', others('published'))).toBe(false);
    expect(can(actor('contributor'), 'story:note', own('published'))).toBe(false);
  });

  it('story actions without a story are refused for every role', () => {
    for (const role of ROLES) {
      expect(can(actor(role), 'story:publish')).toBe(false);
      expect(can(actor(role), 'story:edit')).toBe(false);
    }
  });

  it('only admins manage authors, staff, settings and the audit log; editors and admins manage sections and tags', () => {
    for (const role of ROLES) {
      const admin = role === 'admin';
      for (const action of ['staff:manage', 'authors:manage', 'settings:manage', 'audit:view'] as const) expect(can(actor(role), action)).toBe(admin);
      expect(can(actor(role), 'taxonomy:manage')).toBe(role === 'admin' || role === 'editor');
      expect(can(actor(role), 'front:arrange')).toBe(role === 'admin' || role === 'editor');
    }
  });
});

describe('who may add which byline', () => {
  // Profiles: 100 is the actor's own, 7 and 8 are colleagues with staff accounts, 50 is a wire
  // service profile with no account behind it.
  const staffProfiles = new Set([100, 7, 8]);
  it.each<[Role, number[], number[], number[]]>([
    ['contributor', [100], [], []],
    ['contributor', [100, 50], [], []],
    ['contributor', [100, 7], [], [7]],
    ['contributor', [100, 7], [7], []],
    ['journalist', [100, 7, 8], [], [7, 8]],
    ['journalist', [7, 8], [7], [8]],
    ['journalist', [50], [], []],
    ['journalist', [100, 50, 8], [8], []],
    ['editor', [100, 7, 8], [], []],
    ['admin', [7, 8, 50], [], []],
  ])('%s adding %j to a story with %j: needs an editor for %j', (role, requested, existing, refused) => {
    expect(bylinesNeedingEditor(actor(role), requested, existing, staffProfiles)).toEqual(refused);
  });

  it('an account without a profile of its own may still add guest profiles, not colleagues', () => {
    const noProfile: Actor = { id: 10, role: 'journalist', authorId: null };
    expect(bylinesNeedingEditor(noProfile, [50, 7], [], staffProfiles)).toEqual([7]);
  });
});
