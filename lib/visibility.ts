import type { ArticleStatus } from '@/lib/domain';

// The reader-visibility rule for a story already in hand, in one place. The SQL form of the same
// rule is visibleToReaders() in db/queries/visibility.ts; keep the two in step.

type Visibility = { status: ArticleStatus; publishedAt: number | null };

/**
 * Readers can see it now: published or scheduled, and its time has come. A story published under
 * an embargo has its lift time as publication time (lib/workflow.ts), so it is not live before it.
 */
export function isLive(story: Visibility, now: number = Date.now()): boolean {
  if (story.status === 'published') return story.publishedAt === null || story.publishedAt <= now;
  return story.status === 'scheduled' && story.publishedAt !== null && story.publishedAt <= now;
}

/** Out to clients under an embargo that has not lifted yet: published, but its time is still ahead. */
export function isUnderEmbargo(story: Visibility, now: number = Date.now()): boolean {
  return story.status === 'published' && story.publishedAt !== null && story.publishedAt > now;
}

/**
 * On the reader site now or at a set time (published or scheduled), so a change to it must expire
 * reader pages. Wider than `isLive`: a scheduled story's listings are cached ahead of its time.
 */
export function isReaderFacing(story: Pick<Visibility, 'status'>): boolean {
  return story.status === 'published' || story.status === 'scheduled';
}

export type AuthorPageFacts = { hasStory: boolean; hasByline: boolean; account: { active: boolean } | null; profileActive: boolean };

/**
 * Who gets a public author page (issue 13):
 * - anyone with a story readers can see: a full page, listed and indexed, whatever their account;
 * - a staff account's profile with no byline at all (editors and admins get a profile when invited,
 *   and may never write): no page;
 * - a former contributor (profile marked inactive, or the account deactivated) without a visible
 *   story: the page answers, but noindex, and it is in no list (search filter, sitemap);
 * - anyone else (a guest or wire profile set up by an admin, a writer whose stories are not out yet): a page.
 */
export function authorPageRule(f: AuthorPageFacts): 'listed' | 'unlisted' | 'none' {
  if (f.hasStory) return 'listed';
  if (f.account && !f.hasByline) return 'none';
  if (!f.profileActive || f.account?.active === false) return 'unlisted';
  return 'listed';
}
