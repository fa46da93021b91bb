import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { isReaderFacing, isUnderEmbargo } from '@/lib/visibility';
import { db, first, transaction } from '../client';
import { articles } from '../schema';
import { recordAudit } from './audit';
import { noteStoryFeeds } from './feed-changes';
import { writeWireVersion } from './wire';

// The wire desk's own writes on a story (issue 12): kill and early embargo lift. Each is one
// transaction: the story, its new wire version and the audit entry land together or not at all.
// Permissions (editors and admins) are the caller's, through lib/permissions.ts.

export type WireActionResult = { ok: true; version: number; slug: string; sectionId: number | null } | { ok: false; message: string };

/**
 * Kills a story: it leaves the site, feeds, sitemaps and search at once (it is no longer
 * published), its address answers 410 (getKilledStory), clients get a canceled version with the
 * reason, and the kill is audited. For good: a killed story cannot go out again (lib/workflow.ts).
 */
export async function killStory(actorId: number, id: number, reason: string, now: number = Date.now()): Promise<WireActionResult> {
  return transaction(async (tx) => {
    const story = await tx
      .select({ headline: articles.headline, slug: articles.slug, sectionId: articles.sectionId, status: articles.status, wireStatus: articles.wireStatus, wireVersion: articles.wireVersion })
      .from(articles)
      .where(eq(articles.id, id))
      .then(first);
    if (!story) return { ok: false, message: 'This story no longer exists.' };
    if (story.wireStatus === 'canceled') return { ok: false, message: 'This story was killed already.' };
    if (story.wireVersion === 0 && !isReaderFacing(story)) return { ok: false, message: 'This story never went out. Delete it instead of killing it.' };
    const at = new Date(now);
    await noteStoryFeeds(tx, id, now);
    await tx
      .update(articles)
      .set({ status: 'unpublished', wireStatus: 'canceled', killReason: reason, killedAt: at, embargoUntil: null, modifiedAt: at, version: sql`${articles.version} + 1` })
      .where(eq(articles.id, id));
    const version = await writeWireVersion(tx, { articleId: id, change: 'kill', pubstatus: 'canceled', actorId, at: now, availableAt: now, embargoed: null });
    await recordAudit(tx, { actorId, action: 'story.kill', targetType: 'story', targetId: id, details: { headline: story.headline, reason, status: story.status }, at });
    return { ok: true, version: version!, slug: story.slug, sectionId: story.sectionId };
  });
}

/**
 * Lifts an embargo before its time: the story is public from now on (its publication time becomes
 * now), clients get a version without the embargo, and the lift is audited.
 */
export async function liftEmbargo(actorId: number, id: number, now: number = Date.now()): Promise<WireActionResult> {
  return transaction(async (tx) => {
    const story = await tx
      .select({ headline: articles.headline, slug: articles.slug, sectionId: articles.sectionId, status: articles.status, publishedAt: articles.publishedAt, embargoUntil: articles.embargoUntil })
      .from(articles)
      .where(eq(articles.id, id))
      .then(first);
    if (!story) return { ok: false, message: 'This story no longer exists.' };
    if (!isUnderEmbargo({ status: story.status, publishedAt: story.publishedAt?.getTime() ?? null }, now))
      return { ok: false, message: 'This story is not under an embargo any more: it may have lifted already.' };
    const at = new Date(now);
    const lifted = await tx
      .update(articles)
      .set({ publishedAt: at, updatedAt: at, embargoUntil: null, modifiedAt: at, version: sql`${articles.version} + 1` })
      .where(and(eq(articles.id, id), eq(articles.status, 'published')))
      .returning({ id: articles.id })
      .then(first);
    if (!lifted) return { ok: false, message: 'This story is not under an embargo any more: it may have lifted already.' };
    await noteStoryFeeds(tx, id, now);
    const version = await writeWireVersion(tx, { articleId: id, change: 'lift', pubstatus: 'usable', actorId, at: now, availableAt: now, embargoed: null });
    await recordAudit(tx, {
      actorId,
      action: 'story.embargo_lift',
      targetType: 'story',
      targetId: id,
      details: { headline: story.headline, embargoUntil: story.embargoUntil?.toISOString() ?? null },
      at,
    });
    return { ok: true, version: version!, slug: story.slug, sectionId: story.sectionId };
  });
}

/** The killed story at this address, for its 410 notice; null when no killed story has it. */
export async function getKilledStory(slug: string): Promise<{ killedAt: number | null } | null> {
  const row = await db
    .select({ killedAt: articles.killedAt })
    .from(articles)
    .where(and(eq(articles.slug, slug), eq(articles.wireStatus, 'canceled')))
    .limit(1)
    .then(first);
  return row ? { killedAt: row.killedAt?.getTime() ?? null } : null;
}
