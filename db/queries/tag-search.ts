import 'server-only';
import { asc, inArray, sql } from 'drizzle-orm';
import { db } from '../client';
import { dialectSql } from '../dialect';
import { tags } from '../schema';

// The newsroom's tag picker. Kept apart from the reader's taxonomy queries: these run for staff
// only, so the reader query-plan test does not hold them to an index seek (a name that contains
// the typed text cannot use one; the tags table has thousands of rows, not the archive's size).

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
