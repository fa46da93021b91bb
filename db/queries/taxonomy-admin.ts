import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { db } from '../client';
import { articles, articleTags, sections, slugRedirects, tags } from '../schema';
import { attempt, Refused, type Tx } from './admin-tx';

export type SectionAdminRow = { id: number; slug: string; name: string; description: string; position: number; storyCount: number };
export type TagAdminRow = { id: number; slug: string; name: string; description: string; storyCount: number };
export type SectionInput = { name: string; slug: string; description: string; position: number };
export type TagInput = { name: string; slug: string; description: string };

/** Staff screen only (editor, admin): sections in home-page order with their story counts. */
export function listSectionsForAdmin(): SectionAdminRow[] {
  return db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      description: sections.description,
      position: sections.position,
      storyCount: sql<number>`(select count(*) from ${articles} where ${articles.sectionId} = ${sections.id})`,
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name))
    .all();
}

/** Staff screen only: tags by name with the number of stories using each. */
export function listTagsForAdmin(): TagAdminRow[] {
  return db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      description: tags.description,
      storyCount: sql<number>`(select count(*) from ${articleTags} where ${articleTags.tagId} = ${tags.id})`,
    })
    .from(tags)
    .orderBy(asc(tags.name))
    .all();
}

function redirectSlug(tx: Tx, kind: 'section' | 'tag', oldSlug: string, liveSlug: string, targetId: number) {
  tx.insert(slugRedirects)
    .values({ kind, oldSlug, targetId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId } })
    .run();
  tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, liveSlug))).run();
}

function sectionSlugTaken(tx: Tx, slug: string, selfId: number | null) {
  return !!tx
    .select({ id: sections.id })
    .from(sections)
    .where(selfId === null ? eq(sections.slug, slug) : and(eq(sections.slug, slug), ne(sections.id, selfId)))
    .get();
}

// Reserved first path segments: a section there would hide another route.
const RESERVED = new Set(['admin', 'api', 'authors', 'tags', 'search', 'login', 'invite', 'media', 'feed.xml', 'sitemaps', 'uploads', 'images']);

/** Creates a section; slugs are unique and may not shadow a fixed route. */
export function createSection(input: SectionInput) {
  return attempt((tx) => {
    if (RESERVED.has(input.slug)) throw new Refused({ slug: ['This address is used by the site itself. Choose another slug.'] });
    if (sectionSlugTaken(tx, input.slug, null)) throw new Refused({ slug: ['Another section already uses this slug.'] });
    return tx.insert(sections).values(input).returning({ id: sections.id, slug: sections.slug }).get();
  });
}

/** Updates a section; a new slug leaves a permanent redirect (stories follow via their section). */
export function updateSection(id: number, input: SectionInput) {
  return attempt((tx) => {
    const before = tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, id)).get();
    if (!before) throw new Refused({ form: ['This section no longer exists.'] });
    if (RESERVED.has(input.slug)) throw new Refused({ slug: ['This address is used by the site itself. Choose another slug.'] });
    if (sectionSlugTaken(tx, input.slug, id)) throw new Refused({ slug: ['Another section already uses this slug.'] });
    tx.update(sections).set(input).where(eq(sections.id, id)).run();
    if (before.slug !== input.slug) redirectSlug(tx, 'section', before.slug, input.slug, id);
    return { oldSlug: before.slug, slug: input.slug };
  });
}

/** Deletes an empty section; one with stories is refused. */
export function deleteSection(id: number) {
  return attempt((tx) => {
    const n = tx.select({ n: sql<number>`count(*)` }).from(articles).where(eq(articles.sectionId, id)).get()?.n ?? 0;
    if (n > 0) throw new Refused({ form: [`This section has ${n} ${n === 1 ? 'story' : 'stories'}. Move them to another section first.`] });
    tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'section'), eq(slugRedirects.targetId, id))).run();
    tx.delete(sections).where(eq(sections.id, id)).run();
    return { ok: true };
  });
}

/** Renames a tag (name, slug, description); a new slug leaves a permanent redirect. */
export function updateTagRecord(id: number, input: TagInput) {
  return attempt((tx) => {
    const before = tx.select({ slug: tags.slug }).from(tags).where(eq(tags.id, id)).get();
    if (!before) throw new Refused({ form: ['This tag no longer exists.'] });
    if (tx.select({ id: tags.id }).from(tags).where(and(eq(tags.slug, input.slug), ne(tags.id, id))).get()) {
      throw new Refused({ slug: ['Another tag already uses this slug. Merge the two tags instead.'] });
    }
    tx.update(tags).set(input).where(eq(tags.id, id)).run();
    if (before.slug !== input.slug) redirectSlug(tx, 'tag', before.slug, input.slug, id);
    return { oldSlug: before.slug, slug: input.slug };
  });
}

/** Moves every story of tag `sourceId` to `targetId` (no duplicates), redirects its slug, deletes it. */
export function mergeTags(sourceId: number, targetId: number) {
  return attempt((tx) => {
    if (sourceId === targetId) throw new Refused({ target: ['Pick a different tag to merge into.'] });
    const source = tx.select({ slug: tags.slug }).from(tags).where(eq(tags.id, sourceId)).get();
    const target = tx.select({ slug: tags.slug }).from(tags).where(eq(tags.id, targetId)).get();
    if (!source) throw new Refused({ form: ['This tag no longer exists.'] });
    if (!target) throw new Refused({ target: ['That tag no longer exists.'] });
    tx.run(sql`insert or ignore into article_tags (article_id, tag_id) select article_id, ${targetId} from article_tags where tag_id = ${sourceId}`);
    tx.update(slugRedirects).set({ targetId }).where(and(eq(slugRedirects.kind, 'tag'), eq(slugRedirects.targetId, sourceId))).run();
    tx.delete(tags).where(eq(tags.id, sourceId)).run();
    redirectSlug(tx, 'tag', source.slug, target.slug, targetId);
    return { sourceSlug: source.slug, targetSlug: target.slug };
  });
}

/** Deletes a tag no story uses. */
export function deleteUnusedTag(id: number) {
  return attempt((tx) => {
    const n = tx.select({ n: sql<number>`count(*)` }).from(articleTags).where(eq(articleTags.tagId, id)).get()?.n ?? 0;
    if (n > 0) throw new Refused({ form: [`This tag is on ${n} ${n === 1 ? 'story' : 'stories'}. Merge it into another tag instead.`] });
    tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'tag'), eq(slugRedirects.targetId, id))).run();
    tx.delete(tags).where(eq(tags.id, id)).run();
    return { ok: true };
  });
}
