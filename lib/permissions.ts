import type { ArticleStatus, Role } from '@/lib/domain';

/**
 * Who may do what, in one table. Pure: the UI asks it to hide buttons, every server action and
 * route handler asks it again. Resource conditions ("own story", "still a draft") are the second
 * column; in the spirit of Ghost's contributor/author rules.
 */
export const STAFF_ACTIONS = [
  'story:create',
  'story:view',
  'story:edit',
  'story:submit',
  'story:publish',
  'story:schedule',
  'story:unpublish',
  'story:delete',
  'story:note',
  'story:send_back',
  // The wire (issue 12): withdrawing a story from the site and from clients, and lifting an embargo early.
  'story:kill',
  'story:lift_embargo',
  'byline:staff',
  'review:view',
  'taxonomy:manage',
  'tag:create',
  'media:upload',
  'staff:manage',
  'authors:manage',
  'settings:manage',
  'audit:view',
  'front:arrange',
  // The wire service's client organisations, keys, products and webhooks (issue 12).
  'clients:manage',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export type Actor = { id: number; role: Role; authorId: number | null };

/** The facts about a story that permissions depend on. Absent for actions on no story. */
export type StoryResource = { status: ArticleStatus; createdById: number | null; authorIds: number[] };

/** A story is "own" when the actor created it or has a byline on it. */
export function ownsStory(actor: Actor, story: StoryResource): boolean {
  return story.createdById === actor.id || (actor.authorId !== null && story.authorIds.includes(actor.authorId));
}

type Rule = boolean | ((actor: Actor, story: StoryResource) => boolean);

const own: Rule = (a, s) => ownsStory(a, s);
// A story sent back for changes is the writer's draft again (issue 13).
const ownUnpublishedDraft: Rule = (a, s) => ownsStory(a, s) && (s.status === 'draft' || s.status === 'in_review' || s.status === 'changes_requested');
const ownDraft: Rule = (a, s) => ownsStory(a, s) && (s.status === 'draft' || s.status === 'changes_requested');


const TABLE: Record<Role, Record<StaffAction, Rule>> = {
  contributor: {
    'story:create': true,
    'story:view': own,
    'story:edit': ownUnpublishedDraft,
    'story:submit': ownDraft,
    'story:publish': false,
    'story:schedule': false,
    'story:unpublish': false,
    'story:delete': ownDraft,
    'story:note': false,
    'story:send_back': false,
    'story:kill': false,
    'story:lift_embargo': false,
    'byline:staff': false,
    'review:view': false,
    'taxonomy:manage': false,
    // A new tag is a new public page (/tags/…); contributors pick from the existing ones (issue 13).
    'tag:create': false,
    'media:upload': true,
    'staff:manage': false,
    'authors:manage': false,
    'settings:manage': false,
    'audit:view': false,
    'front:arrange': false,
    'clients:manage': false,
  },
  journalist: {
    'story:create': true,
    'story:view': true,
    'story:edit': own,
    'story:submit': ownDraft,
    'story:publish': own,
    'story:schedule': own,
    'story:unpublish': own,
    'story:delete': ownDraft,
    // Those who publish their own stories correct them too (issue 13); contributors ask an editor.
    'story:note': own,
    'story:send_back': false,
    'story:kill': false,
    'story:lift_embargo': false,
    'byline:staff': false,
    'review:view': false,
    'taxonomy:manage': false,
    'tag:create': true,
    'media:upload': true,
    'staff:manage': false,
    'authors:manage': false,
    'settings:manage': false,
    'audit:view': false,
    'front:arrange': false,
    'clients:manage': false,
  },
  editor: {
    'story:create': true,
    'story:view': true,
    'story:edit': true,
    'story:submit': true,
    'story:publish': true,
    'story:schedule': true,
    'story:unpublish': true,
    'story:delete': true,
    'story:note': true,
    'story:send_back': true,
    'story:kill': true,
    'story:lift_embargo': true,
    'byline:staff': true,
    'review:view': true,
    'taxonomy:manage': true,
    'tag:create': true,
    'media:upload': true,
    'staff:manage': false,
    'authors:manage': false,
    'settings:manage': false,
    'audit:view': false,
    'front:arrange': true,
    'clients:manage': false,
  },
  admin: {
    'story:create': true,
    'story:view': true,
    'story:edit': true,
    'story:submit': true,
    'story:publish': true,
    'story:schedule': true,
    'story:unpublish': true,
    'story:delete': true,
    'story:note': true,
    'story:send_back': true,
    'story:kill': true,
    'story:lift_embargo': true,
    'byline:staff': true,
    'review:view': true,
    'taxonomy:manage': true,
    'tag:create': true,
    'media:upload': true,
    'staff:manage': true,
    'authors:manage': true,
    'settings:manage': true,
    'audit:view': true,
    'front:arrange': true,
    'clients:manage': true,
  },
};

const STORY_ACTIONS = new Set<StaffAction>(STAFF_ACTIONS.filter((a) => a.startsWith('story:') && a !== 'story:create'));

/** True when `actor` may perform `action` (on `story`, for story actions). A missing story is refused. */
export function can(actor: Actor, action: StaffAction, story?: StoryResource): boolean {
  const rule = TABLE[actor.role][action];
  if (typeof rule === 'boolean') return rule && (!STORY_ACTIONS.has(action) || story !== undefined);
  return story !== undefined && rule(actor, story);
}

/**
 * Bylines in `requested` that `actor` may not add: a colleague's staff byline is another person
 * vouching for the story, so only an editor adds one ('byline:staff'). Everyone may keep bylines
 * already on the story, add their own, and add guest or wire profiles (no staff account behind
 * them). `staffAuthorIds` is the set of profiles linked to a staff account.
 */
export function bylinesNeedingEditor(actor: Actor, requested: readonly number[], existing: readonly number[], staffAuthorIds: ReadonlySet<number>): number[] {
  if (can(actor, 'byline:staff')) return [];
  return requested.filter((id) => id !== actor.authorId && !existing.includes(id) && staffAuthorIds.has(id));
}
