import 'server-only';
import { and, asc, count, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, first, rows } from '../client';
import { articleAuthors, articleNotes, articles, articleTags, authors, sections, tags, type NoteKind } from '../schema';
import { cardColumns, toCards, type ArticleCard } from './cards';
import { articlesByPublished, articlesBySectionPublished, listedForReaders, pageWindow, visibleToReaders } from './visibility';

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };

function paged<T>(items: T[], total: number, page: number, perPage: number): Paged<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

/** Newest visible stories across the site. */
export async function listLatestPublished(limit: number, offset = 0, now = Date.now()): Promise<ArticleCard[]> {
  // Ids first, through the named index (see visibility.ts), then the cards by primary key.
  const ids = (
    await rows<{ id: number }>(
      sql`select ${articles.id} as id from ${articlesByPublished} where ${visibleToReaders(now)}
          order by ${articles.publishedAt} desc limit ${limit} offset ${offset}`,
    )
  ).map((r) => r.id);
  return await cardsByIds(ids, now);
}

/**
 * One limited index range per section, glued with UNION ALL: a single round trip that stays an
 * index seek per section however large the archive grows. The section id is inlined (an integer
 * from our own table) so each part is planned as a seek on its own section.
 */
async function sectionRailIds(sectionIds: number[], now: number, perSection: number): Promise<number[]> {
  const parts = sectionIds.map(
    (id) =>
      sql`select * from (select ${articles.id} as id from ${articlesBySectionPublished}
          where ${visibleToReaders(now)} and ${articles.sectionId} = ${sql.raw(String(Math.trunc(id)))}
          order by ${articles.publishedAt} desc limit ${perSection}) as rail`,
  );
  return (await rows<{ id: number }>(sql.join(parts, sql` union all `))).map((r) => r.id);
}

/** Newest visible stories of every section, `perSection` each, in one statement. */
export async function listSectionRailsPublished(perSection: number, now = Date.now()) {
  const sectionRows = await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name));
  if (sectionRows.length === 0) return [];
  const ids = await sectionRailIds(sectionRows.map((s) => s.id), now, perSection);
  const cards = await cardsByIds(ids, now);
  return sectionRows
    .map((s) => ({ section: s, items: cards.filter((c) => c.section.slug === s.slug) }))
    .filter((rail) => rail.items.length > 0);
}

/** Cards for the given story ids, newest first; the visibility rule is applied again here. */
async function cardsByIds(ids: number[], now = Date.now()): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(inArray(articles.id, ids), visibleToReaders(now)))
    .orderBy(desc(articles.publishedAt));
  return toCards(rows);
}

/** Visible stories of one section, newest first. */
export async function listPublishedBySection(sectionId: number, page: number, perPage?: number, now = Date.now()): Promise<Paged<ArticleCard>> {
  const { limit, offset } = pageWindow(page, perPage);
  const where = and(visibleToReaders(now), eq(articles.sectionId, sectionId));
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .offset(offset);
  const total = (await db.select({ n: count() }).from(articles).where(where).then(first))?.n ?? 0;
  return paged(await toCards(rows), total, page, limit);
}

/**
 * Visible stories carrying one tag, newest first. Reads the tag's own listing index
 * (article_tags.published_at/listed, kept by triggers), so a tag on a third of a large archive
 * is an index range, not a sort of every story it has.
 */
export async function listPublishedByTag(tagId: number, page: number, perPage?: number, now = Date.now()): Promise<Paged<ArticleCard>> {
  const { limit, offset } = pageWindow(page, perPage);
  const where = and(eq(articleTags.tagId, tagId), listedForReaders(articleTags, now));
  const ids = (await db
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .where(where)
    .orderBy(desc(articleTags.publishedAt))
    .limit(limit)
    .offset(offset))
    .map((r) => r.id);
  const total = (await db.select({ n: count() }).from(articleTags).where(where).then(first))?.n ?? 0;
  return paged(await cardsByIds(ids, now), total, page, limit);
}

/** Visible stories an author has a byline on (any position), newest first; as tags, one index range. */
export async function listPublishedByAuthor(authorId: number, page: number, perPage?: number, now = Date.now()): Promise<Paged<ArticleCard>> {
  const { limit, offset } = pageWindow(page, perPage);
  const where = and(eq(articleAuthors.authorId, authorId), listedForReaders(articleAuthors, now));
  const ids = (await db
    .select({ id: articleAuthors.articleId })
    .from(articleAuthors)
    .where(where)
    .orderBy(desc(articleAuthors.publishedAt))
    .limit(limit)
    .offset(offset))
    .map((r) => r.id);
  const total = (await db.select({ n: count() }).from(articleAuthors).where(where).then(first))?.n ?? 0;
  return paged(await cardsByIds(ids, now), total, page, limit);
}

/** Other visible stories from the same section. */
export async function listRelatedPublished(articleId: number, sectionId: number, limit = 4, now = Date.now()): Promise<ArticleCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(visibleToReaders(now), eq(articles.sectionId, sectionId), ne(articles.id, articleId)))
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
  return toCards(rows);
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof getPublishedArticleBySlug>>>;

/** A whole story for the reader page, or null when it does not exist or is not visible. */
export async function getPublishedArticleBySlug(slug: string, now = Date.now()) {
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
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      correctionNote: articles.correctionNote,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      sectionId: sections.id,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      // Wire metadata readers see: the dateline in front of the body, the story's language.
      dateline: articles.dateline,
      language: articles.language,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(articles.slug, slug), visibleToReaders(now)))
    .then(first);
  if (!row) return null;
  return { ...row, ...(await articleExtras(row.id)), publishedAt: row.publishedAt?.getTime() ?? 0, updatedAt: row.updatedAt?.getTime() ?? null };
}

/** Bylines with author-box details, tags and notes of one story. Shared with the staff preview. */
export async function articleExtras(articleId: number) {
  const bylines = await db
    .select({
      slug: authors.slug,
      name: authors.name,
      jobTitle: authors.jobTitle,
      bio: authors.bio,
      photoUrl: authors.photoUrl,
    })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
  const tagRows = await db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
  const notes = (await db
    .select({ id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt })
    .from(articleNotes)
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(desc(articleNotes.createdAt), desc(articleNotes.id)))
    .map((n) => ({ ...n, kind: n.kind as NoteKind, createdAt: n.createdAt.getTime() }));
  return { authors: bylines, tags: tagRows, notes };
}

/** Current section and slug of a visible story, for redirects from old addresses. */
export async function getPublishedArticlePathById(id: number, now = Date.now()) {
  return (
    await db
      .select({ slug: articles.slug, sectionSlug: sections.slug })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.id, id), visibleToReaders(now)))
      .then(first) ?? null
  );
}
