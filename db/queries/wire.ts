import 'server-only';
import { and, asc, desc, eq, gt, lt, lte, or, sql } from 'drizzle-orm';
import { wireUri, type WireSnapshot } from '@/lib/wire/snapshot';
import { topicsForStory } from '@/lib/wire/media-topics';
import { db, first } from '../client';
import { articleAuthors, articleNotes, articles, articleTags, authors, media, sections, tags, wireVersions, type WireChange, type WirePubstatus } from '../schema';
import type { Tx } from './admin-tx';
import { enqueueVersion } from './wire-outbox';

// The wire's version chain (issue 12): each row of wire_versions is one version of one item, with
// the story's full snapshot, written in the transaction of the change that made it (publish,
// substantive update, correction, withhold, kill, early embargo lift). lib/wire/item.ts reads it
// for the wire API; the rules for which change writes a version are lib/wire/versioning.ts.

/** A stored version, as the data layer returns it (times in ms). */
export type WireVersionRow = {
  id: number;
  articleId: number;
  version: number;
  pubstatus: WirePubstatus;
  change: WireChange;
  embargoed: number | null;
  availableAt: number;
  createdAt: number;
  item: WireSnapshot;
};

/** A story's wire metadata columns, as the version snapshot and the newsroom's wire panel read them. */
const wireMetadataColumns = {
  slugline: articles.slugline,
  urgency: articles.urgency,
  dateline: articles.dateline,
  language: articles.language,
  genre: articles.genre,
  mediaTopics: articles.mediaTopics,
  usageTerms: articles.usageTerms,
  copyrightHolder: articles.copyrightHolder,
  copyrightNotice: articles.copyrightNotice,
  ednote: articles.ednote,
};

/** The story as it stands in `tx`, as a version would carry it; null when it is gone. */
async function snapshotOf(tx: Tx, articleId: number): Promise<Omit<WireSnapshot, 'firstCreatedAt'> | null> {
  const story = await tx
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      dek: articles.dek,
      body: articles.body,
      bodyText: articles.bodyText,
      heroImageUrl: articles.heroImageUrl,
      heroImageAlt: articles.heroImageAlt,
      heroImageCaption: articles.heroImageCaption,
      heroImageCredit: articles.heroImageCredit,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      correctionNote: articles.correctionNote,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      ...wireMetadataColumns,
      embargoNote: articles.embargoNote,
      killReason: articles.killReason,
    })
    .from(articles)
    .leftJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, articleId))
    .then(first);
  if (!story) return null;
  const bylines = await tx
    .select({ name: authors.name, slug: authors.slug, jobTitle: authors.jobTitle })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, articleId))
    .orderBy(asc(articleAuthors.position));
  const storyTags = await tx
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(asc(tags.name));
  const notes = await tx
    .select({ kind: articleNotes.kind, body: articleNotes.body, at: articleNotes.createdAt })
    .from(articleNotes)
    .where(eq(articleNotes.articleId, articleId))
    .orderBy(asc(articleNotes.createdAt), asc(articleNotes.id));
  const imagePath = story.heroImageUrl?.startsWith('/media/') ? story.heroImageUrl.slice('/media/'.length) : null;
  const file = imagePath ? await tx.select({ width: media.width, height: media.height, mime: media.mime }).from(media).where(eq(media.path, imagePath)).then(first) : undefined;
  return {
    uri: wireUri(story.id),
    slug: story.slug,
    section: story.sectionSlug && story.sectionName ? { slug: story.sectionSlug, name: story.sectionName } : null,
    headline: story.headline,
    dek: story.dek,
    body: story.body,
    bodyText: story.bodyText,
    slugline: story.slugline,
    urgency: story.urgency,
    dateline: story.dateline,
    language: story.language,
    genre: story.genre as WireSnapshot['genre'],
    mediaTopics: topicsForStory(story.mediaTopics, story.sectionSlug),
    usageTerms: story.usageTerms,
    copyrightHolder: story.copyrightHolder,
    copyrightNotice: story.copyrightNotice,
    ednote: story.ednote,
    bylines,
    tags: storyTags,
    image: story.heroImageUrl
      ? { path: story.heroImageUrl, alt: story.heroImageAlt, caption: story.heroImageCaption, credit: story.heroImageCredit, width: file?.width ?? null, height: file?.height ?? null, mime: file?.mime ?? null }
      : null,
    source: story.sourceName ? { name: story.sourceName, url: story.sourceUrl } : null,
    correctionNote: story.correctionNote,
    notes: notes.map((n) => ({ kind: n.kind, body: n.body, at: n.at.getTime() })),
    publishedAt: story.publishedAt?.getTime() ?? null,
    updatedAt: story.updatedAt?.getTime() ?? null,
    embargoNote: story.embargoNote,
    killReason: story.killReason,
  };
}

export type NewWireVersion = {
  articleId: number;
  change: WireChange;
  pubstatus: WirePubstatus;
  actorId: number | null;
  /** When the change was made. */
  at: number;
  /** When clients may have it: `at`, or a scheduled story's publication time. */
  availableAt: number;
  embargoed: number | null;
};

/**
 * Writes the item's next version with the story's snapshot as it stands in `tx` (call it after the
 * change's own writes, in the same transaction) and moves the story's wire_version on. Returns the
 * version number, or null when the story is gone.
 */
export async function writeWireVersion(tx: Tx, v: NewWireVersion): Promise<number | null> {
  const snapshot = await snapshotOf(tx, v.articleId);
  if (!snapshot) return null;
  const bumped = await tx
    .update(articles)
    .set({ wireVersion: sql`${articles.wireVersion} + 1` })
    .where(eq(articles.id, v.articleId))
    .returning({ version: articles.wireVersion })
    .then(first);
  if (!bumped) return null;
  const firstVersion =
    bumped.version === 1
      ? undefined
      : await tx
          .select({ availableAt: wireVersions.availableAt })
          .from(wireVersions)
          .where(and(eq(wireVersions.articleId, v.articleId), eq(wireVersions.version, 1)))
          .then(first);
  const item: WireSnapshot = { ...snapshot, firstCreatedAt: firstVersion?.availableAt.getTime() ?? v.availableAt };
  const written = await tx
    .insert(wireVersions)
    .values({
      articleId: v.articleId,
      version: bumped.version,
      pubstatus: v.pubstatus,
      change: v.change,
      embargoed: v.embargoed === null ? null : new Date(v.embargoed),
      availableAt: new Date(v.availableAt),
      createdAt: new Date(v.at),
      createdById: v.actorId,
      item,
    })
    .returning({ id: wireVersions.id })
    .then(first);
  // The outbox in the same transaction: no delivery without its version, no version without its deliveries.
  const row: WireVersionRow = { id: written!.id, articleId: v.articleId, version: bumped.version, pubstatus: v.pubstatus, change: v.change, embargoed: v.embargoed, availableAt: v.availableAt, createdAt: v.at, item };
  await enqueueVersion(tx, row, new Date(v.at));
  return bumped.version;
}

const columns = {
  id: wireVersions.id,
  articleId: wireVersions.articleId,
  version: wireVersions.version,
  pubstatus: wireVersions.pubstatus,
  change: wireVersions.change,
  embargoed: wireVersions.embargoed,
  availableAt: wireVersions.availableAt,
  createdAt: wireVersions.createdAt,
  item: wireVersions.item,
};

type Selected = Omit<WireVersionRow, 'embargoed' | 'availableAt' | 'createdAt' | 'item'> & { embargoed: Date | null; availableAt: Date; createdAt: Date; item: unknown };

function toRow(r: Selected): WireVersionRow {
  return {
    ...r,
    embargoed: r.embargoed?.getTime() ?? null,
    availableAt: r.availableAt.getTime(),
    createdAt: r.createdAt.getTime(),
    item: r.item as WireSnapshot,
  };
}

/**
 * One version of an item, exactly as written; null when there is none or it is not available to
 * clients yet (a scheduled story before its time). Wire API only: it ignores reader visibility.
 */
export async function readWireVersion(articleId: number, version: number, now: number = Date.now()): Promise<WireVersionRow | null> {
  const row = await db
    .select(columns)
    .from(wireVersions)
    .where(and(eq(wireVersions.articleId, articleId), eq(wireVersions.version, version), lte(wireVersions.availableAt, new Date(now))))
    .then(first);
  return row ? toRow(row) : null;
}

/** The item's latest version available to clients now (a killed item: its canceled version); null when none. */
export async function readLatestWireVersion(articleId: number, now: number = Date.now()): Promise<WireVersionRow | null> {
  const row = await db
    .select(columns)
    .from(wireVersions)
    .where(and(eq(wireVersions.articleId, articleId), lte(wireVersions.availableAt, new Date(now))))
    .orderBy(desc(wireVersions.version))
    .limit(1)
    .then(first);
  return row ? toRow(row) : null;
}

/** Every version of an item, oldest first, including those not available yet (staff screens, tests). */
export async function listWireVersions(articleId: number): Promise<WireVersionRow[]> {
  return (await db.select(columns).from(wireVersions).where(eq(wireVersions.articleId, articleId)).orderBy(asc(wireVersions.version))).map(toRow);
}

/** Position in the wire API's list (newest first): available time, then item id. */
export type WireListPosition = { at: number; itemId: number };

/**
 * The latest version of each item available by `now` (a killed item: its canceled version), newest
 * first by available time then item id, strictly older than `before` and strictly newer than
 * `after`, at most `limit`. Wire API only: it ignores reader visibility.
 */
export async function listLatestWireVersionsBefore(opts: { before: WireListPosition | null; after: WireListPosition | null; limit: number }, now: number = Date.now()): Promise<WireVersionRow[]> {
  const at = wireVersions.availableAt;
  const id = wireVersions.articleId;
  const older = (p: WireListPosition) => or(lt(at, new Date(p.at)), and(eq(at, new Date(p.at)), lt(id, p.itemId)));
  const newer = (p: WireListPosition) => or(gt(at, new Date(p.at)), and(eq(at, new Date(p.at)), gt(id, p.itemId)));
  const latest = sql`${wireVersions.version} = (select max(w.version) from wire_versions w where w.article_id = ${id} and w.available_at <= ${now})`;
  return (await db
    .select(columns)
    .from(wireVersions)
    .where(and(lte(at, new Date(now)), latest, opts.before ? older(opts.before) : undefined, opts.after ? newer(opts.after) : undefined))
    .orderBy(desc(at), desc(id))
    .limit(opts.limit)).map(toRow);
}

/** A story's wire metadata and state for the newsroom's wire panel (staff screens only). */
export async function getStoryWireDesk(articleId: number) {
  const row = await db
    .select({
      ...wireMetadataColumns,
      embargoUntil: articles.embargoUntil,
      embargoNote: articles.embargoNote,
      wireStatus: articles.wireStatus,
      wireVersion: articles.wireVersion,
      killReason: articles.killReason,
      killedAt: articles.killedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .then(first);
  if (!row) return null;
  return { ...row, embargoUntil: row.embargoUntil?.getTime() ?? null, killedAt: row.killedAt?.getTime() ?? null };
}

export type StoryWireDesk = NonNullable<Awaited<ReturnType<typeof getStoryWireDesk>>>;
