import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { db, first, transaction } from '../client';
import { articles } from '../schema';
import { recordAudit } from './audit';

/**
 * Sends a story in review back to its writer with the editor's note: status "changes requested",
 * the note kept on the story, audited. False (nothing written) when the story is no longer in review.
 */
export async function sendBackStory(actorId: number, id: number, note: string): Promise<boolean> {
  return transaction(async (tx) => {
    const now = new Date();
    const row = await tx
      .update(articles)
      .set({ status: 'changes_requested', reviewNote: note, reviewNoteAt: now, reviewNoteById: actorId, modifiedAt: now })
      .where(and(eq(articles.id, id), eq(articles.status, 'in_review')))
      .returning({ headline: articles.headline })
      .then(first);
    if (!row) return false;
    await recordAudit(tx, { actorId, action: 'story.changes_requested', targetType: 'story', targetId: id, details: { headline: row.headline, note }, at: now });
    return true;
  });
}

/** How many stories wait in the review queue (the newsroom navigation shows it). */
export async function countReviewQueue(): Promise<number> {
  const row = await db.select({ n: count() }).from(articles).where(eq(articles.status, 'in_review')).then(first);
  return Number(row?.n ?? 0);
}
