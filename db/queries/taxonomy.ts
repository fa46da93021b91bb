import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { db, first } from '../client';
import { dialectSql } from '../dialect';
import { sections, slugRedirects, tags, type RedirectKind } from '../schema';

export type SectionSummary = { id: number; slug: string; name: string; description: string };

/** All sections in home-page order (sections are public by nature). */
export async function listSections(): Promise<SectionSummary[]> {
  return await db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name));
}

export async function getSectionBySlug(slug: string): Promise<SectionSummary | null> {
  return (
    await db
      .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
      .from(sections)
      .where(eq(sections.slug, slug))
      .then(first) ?? null
  );
}

export async function getTagBySlug(slug: string) {
  return (
    await db.select({ id: tags.id, slug: tags.slug, name: tags.name, description: tags.description }).from(tags).where(eq(tags.slug, slug)).then(first) ??
    null
  );
}

/** Current slug of a section or tag by id, to follow a redirect. */
export async function getTaxonomySlugById(kind: 'section' | 'tag', id: number): Promise<string | null> {
  const table = kind === 'section' ? sections : tags;
  return (await db.select({ slug: table.slug }).from(table).where(eq(table.id, id)).then(first))?.slug ?? null;
}

/** The id an old slug used to point at, for permanent redirects. */
export async function findRedirectTarget(kind: RedirectKind, oldSlug: string): Promise<number | null> {
  return (
    (await db
      .select({ targetId: slugRedirects.targetId })
      .from(slugRedirects)
      .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, oldSlug)))
      .then(first))?.targetId ?? null
  );
}

export type TagChoice = { id: number; name: string };

/**
 * Tags whose name contains `text` (any case), names that start with it first, at most `limit`:
 * the editor's tag picker asks this as the writer types, so it scales to any number of tags.
 */
export async function searchTags(text: string, limit = 20): Promise<TagChoice[]> {
  const q = text.trim();
  if (q === '') return [];
  const name = sql`${tags.name}`;
  return await db
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(dialectSql.containsText(name, q))
    .orderBy(sql`case when ${dialectSql.startsWithText(name, q)} then 0 else 1 end`, asc(tags.name))
    .limit(limit);
}

/** The tags with these ids, by name (the ones a story already has, for its editor). */
export async function tagsByIds(ids: readonly number[]): Promise<TagChoice[]> {
  if (ids.length === 0) return [];
  return await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, [...ids])).orderBy(asc(tags.name));
}

/** Of these slugs, the ones that are already a tag, with their ids. */
export async function existingTagSlugs(slugs: readonly string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, [...slugs]));
  return new Map(rows.map((r) => [r.slug, r.id]));
}
