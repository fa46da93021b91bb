import 'server-only';
import { eq } from 'drizzle-orm';
import { isReaderFacing } from '@/lib/visibility';
import { afterCommit, first, type Db } from '../client';
import { articleAuthors, articles, authors, sections } from '../schema';

/** Feeds a committed write changed: the site feed always, plus these sections' and authors' feeds (slugs). */
export type FeedChange = {
  sections: string[];
  authors: string[];
  /** A story that joins the feeds at a later time (scheduled, embargoed): when. Null: now. */
  dueAt: number | null;
};

type Listener = (change: FeedChange) => void;

// One set per process (the global survives dev-mode reloads of this module).
const registry = globalThis as unknown as { __feedChangeListeners?: Set<Listener> };
const listeners = (registry.__feedChangeListeners ??= new Set());

/** Hears of every committed write that changes what the feeds hold (the WebSub notifier). Returns the unsubscribe. */
export function onFeedsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Inside a story write: the feeds that list the story as it stands in `tx` (nothing when it is not
 * reader-facing). Call it before the change (the feeds it leaves) and after (the feeds it joins);
 * listeners hear of them once the transaction has committed, never after a rollback.
 */
export async function noteStoryFeeds(tx: Db, articleId: number, now: number = Date.now()): Promise<void> {
  if (listeners.size === 0) return;
  const story = await tx
    .select({ status: articles.status, publishedAt: articles.publishedAt, section: sections.slug })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, articleId))
    .then(first);
  if (!story || !isReaderFacing(story)) return;
  const bylines = await tx.select({ slug: authors.slug }).from(articleAuthors).innerJoin(authors, eq(authors.id, articleAuthors.authorId)).where(eq(articleAuthors.articleId, articleId));
  const at = story.publishedAt?.getTime() ?? null;
  const change: FeedChange = { sections: story.section ? [story.section] : [], authors: bylines.map((b) => b.slug), dueAt: at !== null && at > now ? at : null };
  afterCommit(() => {
    for (const listener of listeners) listener(change);
  });
}
