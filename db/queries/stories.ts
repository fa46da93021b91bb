import 'server-only';
import { and, asc, count, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Actor, StoryResource } from '@/lib/permissions';
import { db, first } from '../client';
import { dialectSql } from '../dialect';
import { articleAuthors, articleNotes, articles, articleTags, authors, sections, tags, users, type ArticleStatus } from '../schema';

/** The facts an action needs to authorize and to expire caches; read fresh inside every action. */
export type StoryAccess = StoryResource & {
  id: number;
  slug: string;
  sectionSlug: string;
  version: number;
  publishedAt: number | null;
  updatedAt: number | null;
  authorSlugs: string[];
};

export async function getStoryAccess(id: number): Promise<StoryAccess | null> {
  const row = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      status: articles.status,
      createdById: articles.createdById,
      version: articles.version,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionSlug: sections.slug,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .then(first);
  if (!row) return null;
  const bylines = await db
    .select({ id: authors.id, slug: authors.slug })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.position));
  return {
    ...row,
    publishedAt: row.publishedAt?.getTime() ?? null,
    updatedAt: row.updatedAt?.getTime() ?? null,
    authorIds: bylines.map((b) => b.id),
    authorSlugs: bylines.map((b) => b.slug),
  };
}

/** Stories the actor has a hand in: created by them or carrying their byline. */
function ownedBy(actor: Actor): SQL {
  const byline =
    actor.authorId !== null
      ? sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.authorId} = ${actor.authorId})`
      : sql`false`;
  return or(eq(articles.createdById, actor.id), byline) as SQL;
}

/** Contributors only ever see their own stories; other roles see all, or their own when asked. */
function scopeFor(actor: Actor, mine: boolean): SQL | undefined {
  return actor.role === 'contributor' || mine ? ownedBy(actor) : undefined;
}

export type StoryListItem = {
  id: number;
  headline: string;
  status: ArticleStatus;
  modifiedAt: number;
  publishedAt: number | null;
  sectionName: string;
  bylines: string;
};

/** The newsroom's story list, scoped by role, newest change first. */
export async function listStoriesForStaff(actor: Actor, filter: { status?: ArticleStatus; mine: boolean; q?: string; limit?: number }): Promise<StoryListItem[]> {
  const where = and(
    scopeFor(actor, filter.mine),
    filter.status ? eq(articles.status, filter.status) : undefined,
    filter.q ? like(articles.headline, `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const rows = await db
    .select({
      id: articles.id,
      headline: articles.headline,
      status: articles.status,
      modifiedAt: articles.modifiedAt,
      publishedAt: articles.publishedAt,
      sectionName: sections.name,
      bylines: sql<string>`coalesce((select ${dialectSql.stringAgg(sql`n`, ', ', sql`p`)} from (select a.name as n, aa.position as p from article_authors aa join authors a on a.id = aa.author_id where aa.article_id = ${articles.id} order by aa.position) as names), '')`,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(articles.modifiedAt), desc(articles.id))
    .limit(filter.limit ?? 100);
  return rows.map((r) => ({ ...r, modifiedAt: r.modifiedAt.getTime(), publishedAt: r.publishedAt?.getTime() ?? null }));
}

/** Story counts per status within the actor's scope. */
export async function countStoriesByStatus(actor: Actor, mine: boolean): Promise<Record<ArticleStatus, number>> {
  const rows = await db
    .select({ status: articles.status, n: count() })
    .from(articles)
    .where(scopeFor(actor, mine))
    .groupBy(articles.status);
  const out = { draft: 0, in_review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}

export type EditorStory = NonNullable<Awaited<ReturnType<typeof getStoryForEditor>>>;

/** Everything the editor form shows for one story (staff only; the caller has authorized). */
export async function getStoryForEditor(id: number) {
  const row = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      dek: articles.dek,
      body: articles.body,
      heroImageUrl: articles.heroImageUrl,
      heroImageAlt: articles.heroImageAlt,
      heroImageCaption: articles.heroImageCaption,
      heroImageCredit: articles.heroImageCredit,
      sectionId: articles.sectionId,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      modifiedAt: articles.modifiedAt,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      correctionNote: articles.correctionNote,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      version: articles.version,
      createdById: articles.createdById,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .then(first);
  if (!row) return null;
  const authorIds = (await db
    .select({ id: articleAuthors.authorId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.position)))
    .map((r) => r.id);
  const tagIds = (await db
    .select({ id: articleTags.tagId })
    .from(articleTags)
    .where(eq(articleTags.articleId, id)))
    .map((r) => r.id);
  return {
    ...row,
    publishedAt: row.publishedAt?.getTime() ?? null,
    updatedAt: row.updatedAt?.getTime() ?? null,
    modifiedAt: row.modifiedAt.getTime(),
    authorIds,
    tagIds,
  };
}

/** Sections, tags and active authors for the editor's pickers. */
export async function editorChoices() {
  const [sectionRows, tagRows, authorRows] = await Promise.all([
    db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.position), asc(sections.name)),
    db.select({ id: tags.id, name: tags.name }).from(tags).orderBy(asc(tags.name)),
    db.select({ id: authors.id, name: authors.name }).from(authors).where(eq(authors.isActive, true)).orderBy(asc(authors.name)),
  ]);
  return { sections: sectionRows, tags: tagRows, authors: authorRows };
}

/** Notes on one story, newest first, with who wrote them. */
export async function listNotes(articleId: number) {
  return (await db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt, by: users.name })
    .from(articleNotes)
    .leftJoin(users, eq(users.id, articleNotes.createdById))
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(desc(articleNotes.createdAt), desc(articleNotes.id)))
    .map((n) => ({ ...n, createdAt: n.createdAt.getTime() }));
}
