import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db, first } from '../client';
import { articleRevisions, users } from '../schema';
import { storySnapshotSchema, type StorySnapshot } from '@/lib/validation/story-snapshot';

export type { StorySnapshot };

export type RevisionSummary = { version: number; createdAt: number; by: string | null; summary: string };

/** Every saved version of a story, newest first, with who saved it (staff screens only). */
export async function listRevisions(articleId: number): Promise<RevisionSummary[]> {
  return (await db
    .select({ version: articleRevisions.version, createdAt: articleRevisions.createdAt, by: users.name, summary: articleRevisions.summary })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdById))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version)))
    .map((r) => ({ ...r, createdAt: r.createdAt.getTime() }));
}

/** One version's snapshot, parsed (older shapes get defaults), or null when missing or unreadable. */
export async function getRevision(articleId: number, version: number): Promise<(RevisionSummary & { snapshot: StorySnapshot }) | null> {
  const row = await db
    .select({
      version: articleRevisions.version,
      createdAt: articleRevisions.createdAt,
      by: users.name,
      summary: articleRevisions.summary,
      snapshot: articleRevisions.snapshot,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdById))
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, version)))
    .then(first);
  if (!row) return null;
  const snapshot = storySnapshotSchema.safeParse(row.snapshot);
  if (!snapshot.success) {
    console.error(JSON.stringify({ level: 'error', msg: 'unreadable revision snapshot', articleId, version, issues: snapshot.error.issues.map((i) => i.path.join('.')) }));
    return null;
  }
  return { ...row, createdAt: row.createdAt.getTime(), snapshot: snapshot.data };
}
