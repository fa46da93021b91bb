import type { ArticleStatus } from '@/lib/domain';

// The reader-visibility rule for a story already in hand, in one place. The SQL form of the same
// rule is visibleToReaders() in db/queries/visibility.ts; keep the two in step.

type Visibility = { status: ArticleStatus; publishedAt: number | null };

/** Readers can see it now: published, or scheduled and its time has come. */
export function isLive(story: Visibility, now: number = Date.now()): boolean {
  return story.status === 'published' || (story.status === 'scheduled' && story.publishedAt !== null && story.publishedAt <= now);
}

/**
 * On the reader site now or at a set time (published or scheduled), so a change to it must expire
 * reader pages. Wider than `isLive`: a scheduled story's listings are cached ahead of its time.
 */
export function isReaderFacing(story: Pick<Visibility, 'status'>): boolean {
  return story.status === 'published' || story.status === 'scheduled';
}
