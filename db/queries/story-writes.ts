import 'server-only';
import { and, eq, gte, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { htmlToText, sanitizeStoryBody } from '@/lib/sanitize';
import { isReaderFacing } from '@/lib/visibility';
import { zonedDay } from '@/lib/time-zone';
import { parseNewTags, slugify, type FieldErrors } from '@/lib/validation/story';
import type { WireFields } from '@/lib/validation/wire';
import { isOnWire, wireStatusAfterSave, wireVersionForSave, type WireFacts } from '@/lib/wire/versioning';
import { first, transaction } from '../client';
import {
  articleAuthors,
  articleNotes,
  articleRevisions,
  articles,
  articleTags,
  authors,
  sections,
  slugRedirects,
  tags,
  users,
  type ArticleStatus,
  type NoteKind,
} from '../schema';
import { Refused, type Tx } from './admin-tx';
import { recordAudit, type AuditAction } from './audit';
import { auditLiveEdit } from './audit-story';
import { noteStoryFeeds } from './feed-changes';
import type { StorySnapshot } from './revisions';
import { writeWireVersion } from './wire';

/** Story content as validated by the form schema (statuses and dates are decided by the caller). */
export type StoryContent = {
  headline: string;
  dek: string;
  body: string;
  /** Null on a draft whose section is not chosen yet (lib/workflow.ts asks for it before review). */
  sectionId: number | null;
  slug: string;
  tagIds: number[];
  newTags: string;
  authorIds: number[];
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  heroImageCredit: string;
  sourceName: string | null;
  sourceUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  correctionNote: string | null;
  /** The wire metadata (issue 12); absent: keep the story's (a form without the wire panel). */
  wire?: WireFields;
};

export type StoryState = {
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date | null;
  /** Set when the save sends the story to the review queue. */
  submittedAt?: Date;
  submittedById?: number;
  /** The embargo it goes out under (lib/workflow.ts); absent: keep the story's. */
  embargoUntil?: Date | null;
};

/** What the wire needs to know about a save: the newsroom's substantive-or-minor choice, the site's zone. */
export type WireSave = { changeKind?: 'substantive' | 'minor'; timeZone?: string };

/** An audit entry the save records beside its own (a restore of an old version, say). */
export type WriteAudit = { action: AuditAction; details?: Record<string, unknown> };

export type WriteResult =
  | { ok: true; id: number; version: number; slug: string; sectionSlug: string | null; authorSlugs: string[] }
  | { ok: false; kind: 'fields'; errors: FieldErrors }
  | { ok: false; kind: 'stale'; current: { version: number; modifiedAt: number; by: string | null } }
  | { ok: false; kind: 'missing' };

async function resolveSlug(tx: Tx, requested: string, headline: string, selfId: number | null): Promise<string> {
  const taken = async (slug: string) =>
    (await tx
      .select({ id: articles.id })
      .from(articles)
      .where(selfId === null ? eq(articles.slug, slug) : and(eq(articles.slug, slug), ne(articles.id, selfId)))
      .limit(1)
      .then(first)) !== undefined;
  if (requested) {
    if (await taken(requested)) throw new Refused({ slug: ['Another story already uses this address. Choose a different slug.'] });
    return requested;
  }
  // A generated slug never fails the save: add a number until it is free.
  const base = slugify(headline) || 'story';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 114)}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

async function checkReferences(tx: Tx, c: StoryContent): Promise<{ sectionSlug: string | null; tagIds: number[]; authorSlugs: string[] }> {
  const errors: FieldErrors = {};
  const section = c.sectionId === null ? null : await tx.select({ slug: sections.slug }).from(sections).where(eq(sections.id, c.sectionId)).then(first);
  if (section === undefined) errors.sectionId = ['Pick a section from the list.'];
  const knownTags = c.tagIds.length ? await tx.select({ id: tags.id }).from(tags).where(inArray(tags.id, c.tagIds)) : [];
  if (knownTags.length !== new Set(c.tagIds).size) errors.tagIds = ['One of the tags no longer exists. Reload and pick again.'];
  const byline = c.authorIds.length
    ? await tx.select({ id: authors.id, slug: authors.slug }).from(authors).where(inArray(authors.id, c.authorIds))
    : [];
  if (byline.length !== c.authorIds.length) errors.authorIds = ['One of the authors no longer exists. Reload and pick again.'];
  if (Object.keys(errors).length > 0) throw new Refused(errors);
  const created: number[] = [];
  for (const t of parseNewTags(c.newTags)) {
    await tx.insert(tags).values(t).onConflictDoNothing({ target: tags.slug });
    created.push((await tx.select({ id: tags.id }).from(tags).where(eq(tags.slug, t.slug)).then(first))!.id);
  }
  const slugById = new Map(byline.map((a) => [a.id, a.slug]));
  return {
    sectionSlug: section?.slug ?? null,
    tagIds: [...new Set([...c.tagIds, ...created])],
    authorSlugs: c.authorIds.map((id) => slugById.get(id)!),
  };
}

/**
 * A slugline names one story of the day (in the site's zone) on the wire: another story of the
 * same day with the same one refuses the save, beside the field.
 */
async function checkSlugline(tx: Tx, slugline: string, selfId: number | null, at: number, timeZone: string) {
  if (!slugline) return;
  const [start, end] = zonedDay(at, timeZone);
  const sameDay = or(
    and(gte(articles.publishedAt, new Date(start)), lt(articles.publishedAt, new Date(end))),
    and(isNull(articles.publishedAt), gte(articles.createdAt, new Date(start)), lt(articles.createdAt, new Date(end))),
  );
  const other = await tx
    .select({ headline: articles.headline })
    .from(articles)
    .where(and(eq(articles.slugline, slugline), sameDay, selfId === null ? undefined : ne(articles.id, selfId)))
    .limit(1)
    .then(first);
  if (other) throw new Refused({ slugline: [`Another story of that day already has this slugline (“${other.headline || 'untitled'}”). Add a word to tell them apart, e.g. ${slugline.replace(/\/$/, '')}/UPDATE.`] });
}

/** The story's wire columns from the form's wire panel (the embargo time itself comes from the workflow). */
function wireColumns(w: WireFields) {
  const { embargoUntil: _decidedByTheWorkflow, ...columns } = w;
  return columns;
}

async function staleResult(tx: Tx, id: number): Promise<WriteResult> {
  const row = await tx
    .select({ version: articles.version, modifiedAt: articles.modifiedAt, by: users.name })
    .from(articles)
    .leftJoin(articleRevisions, and(eq(articleRevisions.articleId, articles.id), eq(articleRevisions.version, articles.version)))
    .leftJoin(users, eq(users.id, articleRevisions.createdById))
    .where(eq(articles.id, id))
    .then(first);
  if (!row) return { ok: false, kind: 'missing' };
  return { ok: false, kind: 'stale', current: { version: row.version, modifiedAt: row.modifiedAt.getTime(), by: row.by ?? null } };
}

/**
 * Creates (id null) or updates a story in one transaction: content, bylines in order, tags (new
 * ones created), a revision snapshot, and a redirect from the old slug of a visible story. An
 * update must name the version it started from; a stale one writes nothing and says who saved last.
 */
export async function writeStory(
  actorId: number,
  id: number | null,
  expectVersion: number,
  content: StoryContent,
  state: StoryState,
  summary: string,
  audit?: WriteAudit,
  wireSave: WireSave = {},
): Promise<WriteResult> {
  try {
    return await transaction(async (tx) => {
      const before = id === null ? null : await tx.select().from(articles).where(eq(articles.id, id)).then(first);
      if (id !== null && !before) return { ok: false, kind: 'missing' } as const;
      if (before && before.version !== expectVersion) return await staleResult(tx, before.id);
      const refs = await checkReferences(tx, content);
      const slug = await resolveSlug(tx, content.slug, content.headline, id);
      if (content.wire) await checkSlugline(tx, content.wire.slugline, id, state.publishedAt?.getTime() ?? Date.now(), wireSave.timeZone ?? 'UTC');
      const wireBefore: WireFacts | null = before
        ? { status: before.status, publishedAt: before.publishedAt?.getTime() ?? null, wireStatus: before.wireStatus, wireVersion: before.wireVersion }
        : null;
      const checked = sanitizeStoryBody(content.body);
      if (!checked.ok) return { ok: false, kind: 'fields', errors: { body: [checked.message] } } as const;
      const body = checked.html;
      const now = new Date();
      const values = {
        slug,
        headline: content.headline,
        dek: content.dek,
        body,
        bodyText: htmlToText(body),
        heroImageUrl: content.heroImageUrl,
        heroImageAlt: content.heroImageAlt,
        heroImageCaption: content.heroImageCaption,
        heroImageCredit: content.heroImageCredit,
        sectionId: content.sectionId,
        sourceName: content.sourceName,
        sourceUrl: content.sourceUrl,
        seoTitle: content.seoTitle,
        seoDescription: content.seoDescription,
        correctionNote: content.correctionNote,
        ...(content.wire ? wireColumns(content.wire) : {}),
        ...state,
        wireStatus: wireStatusAfterSave(wireBefore, state),
        modifiedAt: now,
      };
      // The feeds the story is in before the change (its old section and bylines), then after.
      if (before) await noteStoryFeeds(tx, before.id);
      let row: { id: number; version: number };
      if (before) {
        const updated = await tx
          .update(articles)
          .set({ ...values, version: sql`${articles.version} + 1` })
          .where(and(eq(articles.id, before.id), eq(articles.version, expectVersion)))
          .returning({ id: articles.id, version: articles.version })
          .then(first);
        if (!updated) return await staleResult(tx, before.id);
        row = updated;
        await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, row.id));
        await tx.delete(articleTags).where(eq(articleTags.articleId, row.id));
        if (before.slug !== slug && before.publishedAt && isReaderFacing(before)) {
          await tx.insert(slugRedirects)
            .values({ kind: 'article', oldSlug: before.slug, targetId: row.id })
            .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId: row.id } });
        }
        // The new slug is a live address now; an old redirect by that name would be dead weight.
        await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'article'), eq(slugRedirects.oldSlug, slug)));
      } else {
        row = await tx
          .insert(articles)
          .values({ ...values, version: 1, createdById: actorId, createdAt: now })
          .returning({ id: articles.id, version: articles.version })
          .then((inserted) => inserted[0]!);
      }
      for (const [position, authorId] of content.authorIds.entries()) await tx.insert(articleAuthors).values({ articleId: row.id, authorId, position });
      for (const tagId of refs.tagIds) await tx.insert(articleTags).values({ articleId: row.id, tagId });
      const snapshot: StorySnapshot = {
        ...content,
        body,
        slug,
        status: state.status,
        publishedAt: state.publishedAt?.getTime() ?? null,
        tagIds: refs.tagIds,
      };
      delete (snapshot as Partial<StoryContent>).newTags;
      await tx.insert(articleRevisions)
        .values({ articleId: row.id, version: row.version, snapshot, createdById: actorId, createdAt: now, summary });
      const embargoUntil = state.embargoUntil === undefined ? (before?.embargoUntil ?? null) : state.embargoUntil;
      const plan = wireVersionForSave(
        wireBefore,
        { status: state.status, publishedAt: state.publishedAt?.getTime() ?? null, embargoUntil: embargoUntil?.getTime() ?? null },
        { changeKind: wireSave.changeKind, correctionChanged: !!content.correctionNote && content.correctionNote !== (before?.correctionNote ?? null) },
        now.getTime(),
      );
      if (plan) await writeWireVersion(tx, { articleId: row.id, actorId, at: now.getTime(), ...plan });
      const wasReaderFacing = !!before && isReaderFacing(before);
      const nowReaderFacing = isReaderFacing(state);
      if (wasReaderFacing !== nowReaderFacing) {
        await recordAudit(tx, { actorId, action: nowReaderFacing ? 'story.publish' : 'story.unpublish', targetType: 'story', targetId: row.id, details: { headline: content.headline, status: state.status }, at: now });
      } else if (before && nowReaderFacing) {
        await auditLiveEdit(tx, actorId, row.id, before.version, snapshot, now);
      }
      if (audit) await recordAudit(tx, { actorId, action: audit.action, targetType: 'story', targetId: row.id, details: { headline: content.headline, ...audit.details }, at: now });
      await noteStoryFeeds(tx, row.id);
      return { ok: true, id: row.id, version: row.version, slug, sectionSlug: refs.sectionSlug, authorSlugs: refs.authorSlugs } as const;
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, kind: 'fields', errors: error.errors };
    throw error;
  }
}

/** Deletes a story with its bylines, tags, notes, revisions and redirects; the audit log keeps who did it. */
export async function deleteStory(id: number, actorId: number | null = null) {
  await transaction(async (tx) => {
    const gone = await tx.select({ headline: articles.headline, status: articles.status }).from(articles).where(eq(articles.id, id)).then(first);
    if (gone) await recordAudit(tx, { actorId, action: 'story.delete', targetType: 'story', targetId: id, details: gone });
    await noteStoryFeeds(tx, id);
    await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'article'), eq(slugRedirects.targetId, id)));
    await tx.delete(articles).where(eq(articles.id, id));
  });
}

/**
 * Attaches a typed, timestamped note (correction, clarification…) readers see on the story; audited.
 * On a story clients have, the note is a new wire version (a correction, or an update for the others).
 */
export async function addStoryNote(actorId: number, articleId: number, kind: NoteKind, body: string) {
  await transaction(async (tx) => {
    const now = new Date();
    await tx.insert(articleNotes).values({ articleId, kind, body, createdById: actorId, createdAt: now });
    const story = await tx
      .update(articles)
      .set({ modifiedAt: now })
      .where(eq(articles.id, articleId))
      .returning({ headline: articles.headline, status: articles.status, publishedAt: articles.publishedAt, wireStatus: articles.wireStatus, wireVersion: articles.wireVersion, embargoUntil: articles.embargoUntil })
      .then(first);
    await recordAudit(tx, { actorId, action: 'story.note', targetType: 'story', targetId: articleId, details: { headline: story?.headline ?? '', kind, body } });
    await noteStoryFeeds(tx, articleId);
    if (story && isOnWire({ ...story, publishedAt: story.publishedAt?.getTime() ?? null })) {
      const at = now.getTime();
      const scheduled = story.status === 'scheduled' && story.publishedAt ? Math.max(story.publishedAt.getTime(), at) : at;
      const embargoed = story.status === 'published' && story.embargoUntil && story.embargoUntil.getTime() > at ? story.embargoUntil.getTime() : null;
      const change = kind === 'correction' || kind === 'clarification' ? 'correction' : 'update';
      await writeWireVersion(tx, { articleId, change, pubstatus: 'usable', actorId, at, availableAt: scheduled, embargoed });
    }
  });
}
