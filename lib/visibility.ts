import type { ArticleStatus } from '@/lib/domain';
type Timed = { status: ArticleStatus; publishedAt: number | null };
/** Readers can see it now: published, or scheduled and due. */
export function isLive(s: Timed, now: number = Date.now()): boolean {
  return s.status === 'published' || (s.status === 'scheduled' && s.publishedAt !== null && s.publishedAt <= now);
}
/** On the reader side of the workflow (published or scheduled), whether or not it is due yet. */
export function isReaderFacing(s: Pick<Timed, 'status'>): boolean {
  return s.status === 'published' || s.status === 'scheduled';
}
