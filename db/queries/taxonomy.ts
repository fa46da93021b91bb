import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, first, type Db } from '../client';
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

/** Section ids by slug (the wire's products name sections by id; versions carry the slug). */
export async function sectionIdsBySlug(slugs: readonly string[], ex: Db = db): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const found = await ex.select({ id: sections.id, slug: sections.slug }).from(sections).where(inArray(sections.slug, [...new Set(slugs)]));
  return new Map(found.map((f) => [f.slug, f.id]));
}
