import 'server-only';
import { and, asc, eq, gt, lt, ne } from 'drizzle-orm';
import { transaction } from '../client';
import { storyPresence, users } from '../schema';

/** How long an editor counts as "editing" after its last report (each open editor reports every ~5 s). */
export const PRESENCE_FRESH_MS = 15_000;
/** Rows older than this are swept away by the next report on any story. */
const PRESENCE_KEEP_MS = 3_600_000;

export type StoryEditor = { userId: number; name: string };

/**
 * Records that `userId` has story `articleId` open at `now` and returns the other staff members
 * who reported on it within PRESENCE_FRESH_MS, by name. One transaction on the shared database,
 * so every app instance sees every editor; old rows are pruned on the way.
 */
export async function touchStoryPresence(articleId: number, userId: number, now: number): Promise<StoryEditor[]> {
  const seen = new Date(now);
  return await transaction(async (tx) => {
    await tx.delete(storyPresence).where(lt(storyPresence.lastSeenAt, new Date(now - PRESENCE_KEEP_MS)));
    await tx
      .insert(storyPresence)
      .values({ articleId, userId, lastSeenAt: seen })
      .onConflictDoUpdate({ target: [storyPresence.articleId, storyPresence.userId], set: { lastSeenAt: seen } });
    return await tx
      .select({ userId: users.id, name: users.name })
      .from(storyPresence)
      .innerJoin(users, eq(users.id, storyPresence.userId))
      .where(
        and(
          eq(storyPresence.articleId, articleId),
          ne(storyPresence.userId, userId),
          gt(storyPresence.lastSeenAt, new Date(now - PRESENCE_FRESH_MS)),
          eq(users.isActive, true),
        ),
      )
      .orderBy(asc(users.name));
  });
}

/** Forgets that `userId` has the story open (the editor was closed). */
export async function leaveStoryPresence(articleId: number, userId: number): Promise<void> {
  await transaction((tx) => tx.delete(storyPresence).where(and(eq(storyPresence.articleId, articleId), eq(storyPresence.userId, userId))));
}
