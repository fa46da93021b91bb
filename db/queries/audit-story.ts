import 'server-only';
import { and, eq } from 'drizzle-orm';
import { storySnapshotSchema, type StorySnapshot } from '@/lib/validation/story-snapshot';
import { first } from '../client';
import { articleRevisions } from '../schema';
import type { Tx } from './admin-tx';
import { recordAudit } from './audit';

// The fields of a story readers can see change; status changes are audited as publish/unpublish.
const WATCHED = [
  'headline', 'dek', 'body', 'slug', 'sectionId', 'authorIds', 'tagIds', 'publishedAt', 'heroImageUrl', 'heroImageAlt',
  'heroImageCaption', 'heroImageCredit', 'sourceName', 'sourceUrl', 'seoTitle', 'seoDescription', 'correctionNote',
] as const satisfies readonly (keyof StorySnapshot)[];

/**
 * Records an edit of a story that stays on the reader site (published or scheduled), naming the
 * fields that differ from the version it replaced; a save that changes nothing records nothing.
 * Called inside the save's transaction, after its revision is written.
 */
export async function auditLiveEdit(tx: Tx, actorId: number, articleId: number, previousVersion: number, next: StorySnapshot, at: Date) {
  const row = await tx
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, previousVersion)))
    .then(first);
  const parsed = storySnapshotSchema.safeParse(row?.snapshot);
  const changed = parsed.success ? WATCHED.filter((k) => JSON.stringify(parsed.data[k] ?? null) !== JSON.stringify(next[k] ?? null)) : ['body'];
  if (changed.length === 0) return;
  await recordAudit(tx, { actorId, action: 'story.update', targetType: 'story', targetId: articleId, details: { headline: next.headline, changed }, at });
}
