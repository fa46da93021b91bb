import 'server-only';
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { db, first } from '../client';
import { articleAuthors, authors, slugRedirects, users, type ProfileLink } from '../schema';
import { attempt, Refused, type Tx } from './admin-tx';
import { recordAudit } from './audit';
import { profileColumns } from './authors';


export type AuthorAdminRow = { id: number; slug: string; name: string; jobTitle: string; isActive: boolean; storyCount: number; accountEmail: string | null };

/** Staff screen only (admin): every profile with its byline count and linked account. */
export async function listAuthorsForAdmin(): Promise<AuthorAdminRow[]> {
  return await db
    .select({
      id: authors.id,
      slug: authors.slug,
      name: authors.name,
      jobTitle: authors.jobTitle,
      isActive: authors.isActive,
      storyCount: sql<number>`(select count(*) from ${articleAuthors} where ${articleAuthors.authorId} = ${authors.id})`,
      accountEmail: users.email,
    })
    .from(authors)
    .leftJoin(users, eq(users.authorId, authors.id))
    .orderBy(asc(authors.name));
}

export type AuthorInput = { name: string; slug: string; jobTitle: string; bio: string; links: ProfileLink[]; isActive: boolean };

/** Staff screen only: one profile as the edit form needs it. */
export async function getAuthorForAdmin(id: number) {
  return (
    await db
      .select({
        ...profileColumns,
        version: authors.version,
        storyCount: sql<number>`(select count(*) from ${articleAuthors} where ${articleAuthors.authorId} = ${authors.id})`,
      })
      .from(authors)
      .where(eq(authors.id, id))
      .then(first) ?? null
  );
}


async function ensureSlugFree(tx: Tx, slug: string, selfId: number | null) {
  const clash = await tx
    .select({ id: authors.id })
    .from(authors)
    .where(selfId === null ? eq(authors.slug, slug) : and(eq(authors.slug, slug), ne(authors.id, selfId)))
    .then(first);
  if (clash) throw new Refused({ slug: ['Another author already uses this address. Choose a different slug.'] });
}

/** Points `oldSlug` at `targetId` for good, and frees `liveSlug` from any stale redirect. */
async function redirectSlug(tx: Tx, oldSlug: string, liveSlug: string, targetId: number) {
  await tx.insert(slugRedirects)
    .values({ kind: 'author', oldSlug, targetId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId } });
  await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'author'), eq(slugRedirects.oldSlug, liveSlug)));
}

/** Whether another profile (not `selfId`) uses `slug`; lets actions refuse before storing an upload. */
export async function authorSlugTaken(slug: string, selfId: number | null): Promise<boolean> {
  const clash = await db.select({ id: authors.id }).from(authors).where(eq(authors.slug, slug)).then(first);
  return !!clash && clash.id !== selfId;
}

/** Creates a profile (with or without a login: guest and wire writers are bylines too); audited. */
export async function createAuthor(actorId: number, input: AuthorInput & { photoUrl: string | null }) {
  return await attempt(async (tx) => {
    await ensureSlugFree(tx, input.slug, null);
    const row = await tx.insert(authors).values(input).returning({ id: authors.id, slug: authors.slug }).then(first);
    await recordAudit(tx, { actorId, action: 'author.create', targetType: 'author', targetId: row?.id, details: { name: input.name, slug: input.slug } });
    return row;
  });
}

// A profile's fields in the audit log's words (name and slug are recorded before and after).
const PROFILE_WORDS = { jobTitle: 'job title', bio: 'bio', links: 'links', photoUrl: 'photo', isActive: 'active flag' } as const;

/** Which of a profile's other fields an edit changes, in words for the audit log. */
export function profileChanges(before: Partial<Record<keyof typeof PROFILE_WORDS, unknown>>, after: Partial<Record<keyof typeof PROFILE_WORDS, unknown>>): string[] {
  return (Object.keys(PROFILE_WORDS) as (keyof typeof PROFILE_WORDS)[])
    .filter((k) => k in after && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .map((k) => PROFILE_WORDS[k]);
}

/** Records an edit of a public profile (the actor's own or an admin's), when anything changed. */
export async function auditProfileEdit(tx: Tx, actorId: number, id: number, before: { name: string; slug: string }, after: { name: string; slug: string }, changed: string[]) {
  if (!changed.length && before.name === after.name && before.slug === after.slug) return;
  await recordAudit(tx, { actorId, action: 'author.update', targetType: 'author', targetId: id, details: { name: after.name, fromName: before.name, slug: after.slug, fromSlug: before.slug, changed } });
}

export const STALE_PROFILE = 'Someone else saved this profile after you opened it. Your changes were not saved; they are still in the form. Reload the page to see the other changes.';

/**
 * Updates a profile if it is still at `version` (the one the form was loaded at), so a save from
 * an older form cannot silently undo a newer one; a new slug leaves a permanent redirect.
 */
export async function updateAuthor(actorId: number, id: number, version: number, input: AuthorInput & { photoUrl?: string | null }) {
  return await attempt(async (tx) => {
    const before = await tx.select({ ...profileColumns, version: authors.version }).from(authors).where(eq(authors.id, id)).then(first);
    if (!before) throw new Refused({ form: ['This author profile no longer exists.'] });
    if (before.version !== version) throw new Refused({ form: [STALE_PROFILE] });
    await ensureSlugFree(tx, input.slug, id);
    await tx.update(authors)
      .set({ ...input, updatedAt: new Date(), version: sql`${authors.version} + 1` })
      .where(eq(authors.id, id));
    if (before.slug !== input.slug) await redirectSlug(tx, before.slug, input.slug, id);
    // A linked account shows the same name in the newsroom.
    await tx.update(users).set({ name: input.name }).where(eq(users.authorId, id));
    await auditProfileEdit(tx, actorId, id, before, input, profileChanges(before, input));
    return { oldSlug: before.slug, slug: input.slug };
  });
}

/** Deletes a profile without bylines; one with stories is refused (merge it instead). */
export async function deleteAuthor(actorId: number, id: number) {
  return await attempt(async (tx) => {
    const row = await tx.select({ slug: authors.slug, name: authors.name }).from(authors).where(eq(authors.id, id)).then(first);
    if (!row) throw new Refused({ form: ['This author profile no longer exists.'] });
    const bylines = (await tx.select({ n: sql<number>`count(*)` }).from(articleAuthors).where(eq(articleAuthors.authorId, id)).then(first))?.n ?? 0;
    if (bylines > 0) throw new Refused({ form: [`This profile has ${bylines} ${bylines === 1 ? 'story' : 'stories'}. Merge it into another profile instead.`] });
    await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'author'), eq(slugRedirects.targetId, id)));
    await tx.delete(authors).where(eq(authors.id, id));
    await recordAudit(tx, { actorId, action: 'author.delete', targetType: 'author', targetId: id, details: { slug: row.slug, name: row.name } });
    return { slug: row.slug };
  });
}

/** Renumbers one story's bylines 0..n-1 in their current order. */
async function compactPositions(tx: Tx, articleId: number) {
  const rows = await tx
    .select({ authorId: articleAuthors.authorId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position), asc(articleAuthors.authorId));
  for (const [position, r] of rows.entries()) {
    await tx.update(articleAuthors).set({ position }).where(and(eq(articleAuthors.articleId, articleId), eq(articleAuthors.authorId, r.authorId)));
  }
}

/**
 * Merges profile `sourceId` into `targetId` in one transaction: bylines move (a story that had
 * both keeps one byline, at the earlier position), the old slug and its redirects point at the
 * survivor, a linked account moves with it, and the source profile is deleted.
 */
export async function mergeAuthors(actorId: number, sourceId: number, targetId: number) {
  return await attempt(async (tx) => {
    if (sourceId === targetId) throw new Refused({ target: ['Pick a different profile to merge into.'] });
    const source = await tx.select({ slug: authors.slug, name: authors.name }).from(authors).where(eq(authors.id, sourceId)).then(first);
    const target = await tx.select({ slug: authors.slug, name: authors.name }).from(authors).where(eq(authors.id, targetId)).then(first);
    if (!source) throw new Refused({ form: ['This author profile no longer exists.'] });
    if (!target) throw new Refused({ target: ['That profile no longer exists.'] });
    const sourceAccount = await tx.select({ id: users.id }).from(users).where(eq(users.authorId, sourceId)).then(first);
    const targetAccount = await tx.select({ id: users.id }).from(users).where(eq(users.authorId, targetId)).then(first);
    if (sourceAccount && targetAccount) throw new Refused({ target: ['Both profiles belong to staff accounts. Unlink one account first.'] });

    const moved = await tx.select({ articleId: articleAuthors.articleId, position: articleAuthors.position }).from(articleAuthors).where(eq(articleAuthors.authorId, sourceId));
    const shared = new Map(
      (moved.length
        ? await tx
            .select({ articleId: articleAuthors.articleId, position: articleAuthors.position })
            .from(articleAuthors)
            .where(and(eq(articleAuthors.authorId, targetId), inArray(articleAuthors.articleId, moved.map((m) => m.articleId))))
        : []
      ).map((r) => [r.articleId, r.position]),
    );
    for (const m of moved) {
      const existing = shared.get(m.articleId);
      if (existing === undefined) {
        await tx.update(articleAuthors).set({ authorId: targetId }).where(and(eq(articleAuthors.articleId, m.articleId), eq(articleAuthors.authorId, sourceId)));
      } else {
        await tx.delete(articleAuthors).where(and(eq(articleAuthors.articleId, m.articleId), eq(articleAuthors.authorId, sourceId)));
        await tx.update(articleAuthors)
          .set({ position: Math.min(existing, m.position) })
          .where(and(eq(articleAuthors.articleId, m.articleId), eq(articleAuthors.authorId, targetId)));
      }
      await compactPositions(tx, m.articleId);
    }
    if (sourceAccount) {
      await tx.update(users).set({ authorId: targetId }).where(eq(users.id, sourceAccount.id));
    }
    await tx.update(slugRedirects).set({ targetId }).where(and(eq(slugRedirects.kind, 'author'), eq(slugRedirects.targetId, sourceId)));
    await tx.delete(authors).where(eq(authors.id, sourceId));
    await redirectSlug(tx, source.slug, target.slug, targetId);
    await recordAudit(tx, { actorId, action: 'author.merge', targetType: 'author', targetId, details: { from: source.slug, into: target.slug, bylines: moved.length } });
    return { sourceSlug: source.slug, targetSlug: target.slug, bylines: moved.length };
  });
}
