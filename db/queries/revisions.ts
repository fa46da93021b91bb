import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '../client';
import { articleRevisions, users } from '../schema';

/** The content of a story at one version, as stored in article_revisions. */
export type StorySnapshot = {
  headline: string;
  dek: string;
  body: string;
  slug: string;
  sectionId: number;
  status: string;
  publishedAt: number | null;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  heroImageCredit: string;
  sourceName: string | null;
  sourceUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  correctionNote: string | null;
  authorIds: number[];
  tagIds: number[];
};

export type RevisionSummary = { version: number; createdAt: number; by: string | null; summary: string };

/** Every saved version of a story, newest first, with who saved it (staff screens only). */
export function listRevisions(articleId: number): RevisionSummary[] {
  return db
    .select({ version: articleRevisions.version, createdAt: articleRevisions.createdAt, by: users.name, summary: articleRevisions.summary })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdById))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .all()
    .map((r) => ({ ...r, createdAt: r.createdAt.getTime() }));
}

/** One version's snapshot, or null. */
export function getRevision(articleId: number, version: number): (RevisionSummary & { snapshot: StorySnapshot }) | null {
  const row = db
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
    .get();
  return row ? { ...row, createdAt: row.createdAt.getTime(), snapshot: row.snapshot as unknown as StorySnapshot } : null;
}
