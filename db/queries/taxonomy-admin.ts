import 'server-only';
import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { db, execute, first } from '../client';
import { articles, articleTags, sections, slugRedirects, tags } from '../schema';
import { attempt, Refused, type Tx } from './admin-tx';
import { recordAudit } from './audit';
import { visibleToReaders } from './visibility';

/** `storyCount`: every story filed in the section, whatever its state; `liveCount`: those readers can see now. */
export type SectionAdminRow = { id: number; slug: string; name: string; description: string; position: number; storyCount: number; liveCount: number };
export type TagAdminRow = { id: number; slug: string; name: string; description: string; storyCount: number };
export type SectionInput = { name: string; slug: string; description: string; position: number };
export type TagInput = { name: string; slug: string; description: string };

// count(*) is a bigint on PostgreSQL, which the driver hands over as a string ("0" is truthy and
// never equals 0): every count leaves as a number.
const countOf = (where: SQL) => sql<number>`(select count(*) from ${articles} where ${where})`.mapWith(Number);

/**
 * Staff screen only (editor, admin): sections in home-page order with two counts: all the stories
 * filed in each (drafts, in review, scheduled, published, unpublished: what blocks deleting it) and
 * those readers see now (published, or scheduled and due).
 */
export async function listSectionsForAdmin(): Promise<SectionAdminRow[]> {
  return await db
    .select({
      id: sections.id,
      slug: sections.slug,
      name: sections.name,
      description: sections.description,
      position: sections.position,
      storyCount: countOf(sql`${articles.sectionId} = ${sections.id}`),
      liveCount: countOf(sql`${articles.sectionId} = ${sections.id} and ${visibleToReaders()}`),
    })
    .from(sections)
    .orderBy(asc(sections.position), asc(sections.name));
}

/** Staff screen only: tags by name with the number of stories using each. */
export async function listTagsForAdmin(): Promise<TagAdminRow[]> {
  return await db
    .select({
      id: tags.id,
      slug: tags.slug,
      name: tags.name,
      description: tags.description,
      storyCount: sql<number>`(select count(*) from ${articleTags} where ${articleTags.tagId} = ${tags.id})`.mapWith(Number),
    })
    .from(tags)
    .orderBy(asc(tags.name));
}

async function redirectSlug(tx: Tx, kind: 'section' | 'tag', oldSlug: string, liveSlug: string, targetId: number) {
  await tx.insert(slugRedirects)
    .values({ kind, oldSlug, targetId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId } });
  await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, kind), eq(slugRedirects.oldSlug, liveSlug)));
}

async function sectionSlugTaken(tx: Tx, slug: string, selfId: number | null) {
  const clash = await tx
    .select({ id: sections.id })
    .from(sections)
    .where(selfId === null ? eq(sections.slug, slug) : and(eq(sections.slug, slug), ne(sections.id, selfId)))
    .then(first);
  return clash !== undefined;
}

// Reserved first path segments: a section there would hide another route.
const RESERVED = new Set(['admin', 'api', 'authors', 'tags', 'search', 'login', 'invite', 'media', 'feed.xml', 'feed.atom', 'feed.json', 'sitemaps', 'uploads', 'images']);

/** Which of a section's or tag's other fields an edit changed, in words for the audit log. */
function otherChanges(before: Record<string, unknown>, after: Record<string, unknown>, words: Record<string, string>): string[] {
  return Object.keys(words).filter((k) => before[k] !== after[k]).map((k) => words[k]!);
}

/** Creates a section (audited); slugs are unique and may not shadow a fixed route. */
export async function createSection(actorId: number, input: SectionInput) {
  return await attempt(async (tx) => {
    if (RESERVED.has(input.slug)) throw new Refused({ slug: ['This address is used by the site itself. Choose another slug.'] });
    if (await sectionSlugTaken(tx, input.slug, null)) throw new Refused({ slug: ['Another section already uses this slug.'] });
    const row = await tx.insert(sections).values(input).returning({ id: sections.id, slug: sections.slug }).then(first);
    await recordAudit(tx, { actorId, action: 'section.create', targetType: 'section', targetId: row?.id, details: { name: input.name, slug: input.slug } });
    return row;
  });
}

/** Updates a section (audited); a new slug leaves a permanent redirect (stories follow via their section). */
export async function updateSection(actorId: number, id: number, input: SectionInput) {
  return await attempt(async (tx) => {
    const before = await tx.select({ slug: sections.slug, name: sections.name, description: sections.description, position: sections.position }).from(sections).where(eq(sections.id, id)).then(first);
    if (!before) throw new Refused({ form: ['This section no longer exists.'] });
    if (RESERVED.has(input.slug)) throw new Refused({ slug: ['This address is used by the site itself. Choose another slug.'] });
    if (await sectionSlugTaken(tx, input.slug, id)) throw new Refused({ slug: ['Another section already uses this slug.'] });
    await tx.update(sections).set(input).where(eq(sections.id, id));
    if (before.slug !== input.slug) await redirectSlug(tx, 'section', before.slug, input.slug, id);
    const changed = otherChanges(before, input, { description: 'description', position: 'order' });
    if (changed.length || before.name !== input.name || before.slug !== input.slug) {
      await recordAudit(tx, { actorId, action: 'section.update', targetType: 'section', targetId: id, details: { name: input.name, fromName: before.name, slug: input.slug, fromSlug: before.slug, changed } });
    }
    return { oldSlug: before.slug, slug: input.slug };
  });
}

/** Deletes an empty section (audited); one with stories is refused. */
export async function deleteSection(actorId: number, id: number) {
  return await attempt(async (tx) => {
    const row = await tx.select({ name: sections.name, slug: sections.slug }).from(sections).where(eq(sections.id, id)).then(first);
    const n = Number((await tx.select({ n: sql<number>`count(*)` }).from(articles).where(eq(articles.sectionId, id)).then(first))?.n ?? 0);
    if (n > 0) throw new Refused({ form: [`This section has ${n} ${n === 1 ? 'story' : 'stories'}. Move them to another section first.`] });
    await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'section'), eq(slugRedirects.targetId, id)));
    await tx.delete(sections).where(eq(sections.id, id));
    if (row) await recordAudit(tx, { actorId, action: 'section.delete', targetType: 'section', targetId: id, details: row });
    return { ok: true };
  });
}

/** Renames a tag (name, slug, description; audited); a new slug leaves a permanent redirect. */
export async function updateTagRecord(actorId: number, id: number, input: TagInput) {
  return await attempt(async (tx) => {
    const before = await tx.select({ slug: tags.slug, name: tags.name, description: tags.description }).from(tags).where(eq(tags.id, id)).then(first);
    if (!before) throw new Refused({ form: ['This tag no longer exists.'] });
    if (await tx.select({ id: tags.id }).from(tags).where(and(eq(tags.slug, input.slug), ne(tags.id, id))).then(first)) {
      throw new Refused({ slug: ['Another tag already uses this slug. Merge the two tags instead.'] });
    }
    await tx.update(tags).set(input).where(eq(tags.id, id));
    if (before.slug !== input.slug) await redirectSlug(tx, 'tag', before.slug, input.slug, id);
    const changed = otherChanges(before, input, { description: 'description' });
    if (changed.length || before.name !== input.name || before.slug !== input.slug) {
      await recordAudit(tx, { actorId, action: 'tag.update', targetType: 'tag', targetId: id, details: { name: input.name, fromName: before.name, slug: input.slug, fromSlug: before.slug, changed } });
    }
    return { oldSlug: before.slug, slug: input.slug };
  });
}

/** Moves every story of tag `sourceId` to `targetId` (no duplicates), redirects its slug, deletes it; audited. */
export async function mergeTags(actorId: number, sourceId: number, targetId: number) {
  return await attempt(async (tx) => {
    if (sourceId === targetId) throw new Refused({ target: ['Pick a different tag to merge into.'] });
    const source = await tx.select({ slug: tags.slug }).from(tags).where(eq(tags.id, sourceId)).then(first);
    const target = await tx.select({ slug: tags.slug }).from(tags).where(eq(tags.id, targetId)).then(first);
    if (!source) throw new Refused({ form: ['This tag no longer exists.'] });
    if (!target) throw new Refused({ target: ['That tag no longer exists.'] });
    await execute(sql`insert into article_tags (article_id, tag_id) select article_id, ${targetId} from article_tags where tag_id = ${sourceId} on conflict do nothing`, tx);
    await tx.update(slugRedirects).set({ targetId }).where(and(eq(slugRedirects.kind, 'tag'), eq(slugRedirects.targetId, sourceId)));
    await tx.delete(tags).where(eq(tags.id, sourceId));
    await redirectSlug(tx, 'tag', source.slug, target.slug, targetId);
    await recordAudit(tx, { actorId, action: 'tag.merge', targetType: 'tag', targetId, details: { from: source.slug, into: target.slug } });
    return { sourceSlug: source.slug, targetSlug: target.slug };
  });
}

/** Deletes a tag no story uses (audited). */
export async function deleteUnusedTag(actorId: number, id: number) {
  return await attempt(async (tx) => {
    const row = await tx.select({ name: tags.name, slug: tags.slug }).from(tags).where(eq(tags.id, id)).then(first);
    const n = Number((await tx.select({ n: sql<number>`count(*)` }).from(articleTags).where(eq(articleTags.tagId, id)).then(first))?.n ?? 0);
    if (n > 0) throw new Refused({ form: [`This tag is on ${n} ${n === 1 ? 'story' : 'stories'}. Merge it into another tag instead.`] });
    await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'tag'), eq(slugRedirects.targetId, id)));
    await tx.delete(tags).where(eq(tags.id, id));
    if (row) await recordAudit(tx, { actorId, action: 'tag.delete', targetType: 'tag', targetId: id, details: row });
    return { ok: true };
  });
}
