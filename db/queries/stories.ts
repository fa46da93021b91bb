import 'server-only';
import { and, asc, count, desc, eq, gte, like, lt, sql, type SQL } from 'drizzle-orm';
import type { Actor, StoryResource } from '@/lib/permissions';
import { db, first } from '../client';
import { dialectSql } from '../dialect';
import { ARTICLE_STATUSES, articleAuthors, articleNotes, articles, articleTags, authors, sections, users, type ArticleStatus, type WirePubstatus } from '../schema';

/** The facts an action needs to authorize and to expire caches; read fresh inside every action. */
export type StoryAccess = StoryResource & {
  id: number;
  slug: string;
  headline: string;
  /** Null only on a draft saved before its section was chosen. */
  sectionId: number | null;
  sectionSlug: string | null;
  version: number;
  publishedAt: number | null;
  updatedAt: number | null;
  authorSlugs: string[];
  /** The wire (issue 12): the embargo it went out under, whether it was withheld or killed. */
  embargoUntil: number | null;
  wireStatus: WirePubstatus;
};

export async function getStoryAccess(id: number): Promise<StoryAccess | null> {
  const row = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      sectionId: articles.sectionId,
      status: articles.status,
      createdById: articles.createdById,
      version: articles.version,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionSlug: sections.slug,
      embargoUntil: articles.embargoUntil,
      wireStatus: articles.wireStatus,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
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
    embargoUntil: row.embargoUntil?.getTime() ?? null,
    authorIds: bylines.map((b) => b.id),
    authorSlugs: bylines.map((b) => b.slug),
  };
}

/**
 * Stories the actor has a hand in: created by them or carrying their byline. Written as a list of
 * ids from two indexes (articles_created_by_idx, article_authors_author_idx): an OR with EXISTS
 * read every story of a 100,000-story archive (1.5 s for a contributor's dashboard).
 */
function ownedBy(actor: Actor): SQL {
  const byline =
    actor.authorId !== null
      ? sql` union all select ${articleAuthors.articleId} from ${articleAuthors} where ${articleAuthors.authorId} = ${actor.authorId}`
      : sql``;
  return sql`${articles.id} in (select own.id from ${articles} own where own.created_by_id = ${actor.id}${byline})`;
}

/** Contributors only ever see their own stories; other roles see all, or their own when asked. */
function scopeFor(actor: Actor, mine: boolean): SQL | undefined {
  return actor.role === 'contributor' || mine ? ownedBy(actor) : undefined;
}

/**
 * The status the newsroom shows, in SQL: a scheduled story whose time has come reads "published".
 * The same rule as displayStatus() in lib/workflow.ts. `now` is written as a literal so the
 * expression is the same text wherever it appears (PostgreSQL matches GROUP BY by text).
 */
export function displayStatusSql(now: number = Date.now()): SQL<ArticleStatus> {
  const at = sql.raw(String(Math.trunc(now)));
  return sql<ArticleStatus>`(case when ${articles.status} = 'scheduled' and ${articles.publishedAt} <= ${at} then 'published' else ${articles.status} end)`;
}

export type StoryListItem = {
  id: number;
  headline: string;
  /** As the newsroom shows it (displayStatus): a scheduled story that has gone live is "published". */
  status: ArticleStatus;
  modifiedAt: number;
  publishedAt: number | null;
  sectionName: string | null;
  bylines: string;
  submittedAt: number | null;
  submittedBy: string | null;
  reviewNote: string | null;
};

export type StoryListFilter = {
  status?: ArticleStatus;
  mine: boolean;
  q?: string;
  sectionId?: number;
  authorId?: number;
  /** Last change in [from, to). */
  from?: Date;
  to?: Date;
  limit?: number;
};

/** The name of the staff member a user-id column points at (no join, so one helper serves several columns). */
const staffName = (column: typeof articles.submittedById | typeof articles.reviewNoteById) => sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${column})`;

/** The newsroom's story list, scoped by role, newest change first. */
export async function listStoriesForStaff(actor: Actor, filter: StoryListFilter): Promise<StoryListItem[]> {
  const now = Date.now();
  const where = and(
    scopeFor(actor, filter.mine),
    filter.status ? eq(displayStatusSql(now), filter.status) : undefined,
    filter.q ? like(articles.headline, `%${filter.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
    filter.sectionId ? eq(articles.sectionId, filter.sectionId) : undefined,
    filter.authorId
      ? sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.authorId} = ${filter.authorId})`
      : undefined,
    filter.from ? gte(articles.modifiedAt, filter.from) : undefined,
    filter.to ? lt(articles.modifiedAt, filter.to) : undefined,
  );
  const rows = await db
    .select({
      id: articles.id,
      headline: articles.headline,
      status: displayStatusSql(now),
      modifiedAt: articles.modifiedAt,
      publishedAt: articles.publishedAt,
      sectionName: sections.name,
      bylines: sql<string>`coalesce((select ${dialectSql.stringAgg(sql`n`, ', ', sql`p`)} from (select a.name as n, aa.position as p from article_authors aa join authors a on a.id = aa.author_id where aa.article_id = ${articles.id} order by aa.position) as names), '')`,
      submittedAt: articles.submittedAt,
      submittedBy: staffName(articles.submittedById),
      reviewNote: articles.reviewNote,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(articles.modifiedAt), desc(articles.id))
    .limit(filter.limit ?? 100);
  return rows.map((r) => ({
    ...r,
    modifiedAt: r.modifiedAt.getTime(),
    publishedAt: r.publishedAt?.getTime() ?? null,
    submittedAt: r.submittedAt?.getTime() ?? null,
  }));
}

/** Story counts per status as the newsroom shows it (displayStatus), within the actor's scope. */
export async function countStoriesByStatus(actor: Actor, mine: boolean): Promise<Record<ArticleStatus, number>> {
  const status = displayStatusSql();
  const rows = await db.select({ status, n: count() }).from(articles).where(scopeFor(actor, mine)).groupBy(status);
  const out = Object.fromEntries(ARTICLE_STATUSES.map((s) => [s, 0])) as Record<ArticleStatus, number>;
  for (const r of rows) out[r.status] = Number(r.n);
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
      reviewNote: articles.reviewNote,
      reviewNoteAt: articles.reviewNoteAt,
      reviewNoteBy: staffName(articles.reviewNoteById),
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
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
    reviewNoteAt: row.reviewNoteAt?.getTime() ?? null,
    authorIds,
    tagIds,
  };
}

/** Sections and active authors for the editor's pickers and the story list's filters. */
export async function editorChoices() {
  // Tags are not listed: there may be thousands, and the editor's picker searches them (searchTags).
  const [sectionRows, authorRows] = await Promise.all([
    db.select({ id: sections.id, name: sections.name }).from(sections).orderBy(asc(sections.position), asc(sections.name)),
    db.select({ id: authors.id, name: authors.name }).from(authors).where(eq(authors.isActive, true)).orderBy(asc(authors.name)),
  ]);
  return { sections: sectionRows, authors: authorRows };
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
