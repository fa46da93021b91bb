import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '../client';
import { sections, slugRedirects, tags, type RedirectKind } from '../schema';

export type SectionSummary = { id: number; slug: string; name: string; description: string };

/** All sections in home-page order (sections are public by nature). */
export function listSections(): SectionSummary[] {
  return db
    .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name))
    .all();
}

export function getSectionBySlug(slug: string): SectionSummary | null {
  return (
    db
      .select({ id: sections.id, slug: sections.slug, name: sections.name, description: sections.description })
      .from(sections)
      .where(eq(sections.slug, slug))
      .get() ?? null
  );
}

export function getTagBySlug(slug: string) {
  return (
    db.select({ id: tags.id, slug: tags.slug, name: tags.name, description: tags.description }).from(tags).where(eq(tags.slug, slug)).get() ??
    null
  );
}

/** Current slug of a section or tag by id, to follow a redirect. */
export function getTaxonomySlugById(kind: 'section' | 'tag', id: number): string | null {
  const table = kind === 'section' ? sections : tags;
  return db.select({ slug: table.slug }).from(table).where(eq(table.id, id)).get()?.slug ?? null;
}

/** The id an old slug used to point at, for permanent redirects. */
export function findRedirectTarget(kind: RedirectKind, oldSlug: string): number | null {
  return (
    db
      .select({ targetId: slugRedirects.targetId })
      .from(slugRedirects)
      .where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, oldSlug)))
      .get()?.targetId ?? null
  );
}
