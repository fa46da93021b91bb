import 'server-only';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { arrangeFront, frontCapacity, frontSectionId, slotName, type FrontChange, type FrontScope } from '@/lib/front-page';
import { isLive } from '@/lib/visibility';
import { db, rows } from '../client';
import { dialectSql } from '../dialect';
import { articles, frontBanner, frontSlots, sections } from '../schema';
import { attempt, Refused, type Tx } from './admin-tx';
import { recordAudit } from './audit';
import { articlesByPublished, visibleToReaders } from './visibility';

// The newsroom side of the fronts (/admin/front): what is pinned, finding stories to pin, and the
// writes, each in one transaction with its audit entry. Staff screens only.

export type PinnedForEditor = { id: number; headline: string; sectionName: string; live: boolean; inSection: boolean };

/** Staff screen only: a front's pins in slot order, with whether readers can see each one now. */
export async function listFrontForEditor(scope: FrontScope, now = Date.now()): Promise<PinnedForEditor[]> {
  const sectionId = frontSectionId(scope);
  const found = await db
    .select({ id: articles.id, headline: articles.headline, status: articles.status, publishedAt: articles.publishedAt, sectionId: articles.sectionId, sectionName: sections.name })
    .from(frontSlots)
    .innerJoin(articles, eq(articles.id, frontSlots.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(frontSlots.scope, scope))
    .orderBy(asc(frontSlots.position));
  return found.map((r) => ({
    id: r.id,
    headline: r.headline,
    sectionName: r.sectionName,
    live: isLive({ status: r.status, publishedAt: r.publishedAt?.getTime() ?? null }, now),
    inSection: sectionId === null || r.sectionId === sectionId,
  }));
}

export type PinCandidate = { id: number; headline: string; sectionId: number; sectionName: string; publishedAt: number };

/**
 * Staff screen only: visible stories whose headline contains `query` (all of them when empty),
 * newest first, at most `limit`: a seek down the visible index that stops at the limit, so it
 * stays quick however large the archive.
 */
export async function searchStoriesToPin(query: string, sectionId: number | null, limit = 20, now = Date.now()): Promise<PinCandidate[]> {
  const text = query.trim();
  const matches = text ? sql` and ${dialectSql.containsText(sql`${articles.headline}`, text)}` : sql``;
  const inSection = sectionId === null ? sql`` : sql` and ${articles.sectionId} = ${sectionId}`;
  // Ids first, through the named index (see visibility.ts), then the rows by primary key.
  const hits = await rows<{ id: number }>(
    sql`select ${articles.id} as id from ${articlesByPublished} where ${visibleToReaders(now)}${matches}${inSection}
        order by ${articles.publishedAt} desc limit ${limit}`,
  );
  if (hits.length === 0) return [];
  const found = await db
    .select({ id: articles.id, headline: articles.headline, sectionId: sections.id, sectionName: sections.name, publishedAt: articles.publishedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(inArray(articles.id, hits.map((h) => h.id)))
    .orderBy(desc(articles.publishedAt));
  return found.map((r) => ({ ...r, publishedAt: r.publishedAt?.getTime() ?? 0 }));
}

async function frontLabel(tx: Tx, scope: FrontScope): Promise<string> {
  const sectionId = frontSectionId(scope);
  if (sectionId === null) return 'the home page';
  const [section] = await tx.select({ name: sections.name }).from(sections).where(eq(sections.id, sectionId)).limit(1);
  if (!section) throw new Refused({ form: ['That section no longer exists.'] });
  return `the ${section.name} section`;
}

function describeChange(change: FrontChange, headline: string, page: string, position: number): string {
  switch (change) {
    case 'lead':
      return `Pinned “${headline}” as the lead of ${page}.`;
    case 'top':
      return `Pinned “${headline}” as ${slotName(position)} of ${page}.`;
    case 'unpin':
      return `Unpinned “${headline}” from ${page}.`;
    default:
      return `Moved “${headline}” to ${slotName(position)} of ${page}.`;
  }
}

/**
 * One change to a front (pin as lead or top story, move up or down, unpin), re-read and written in
 * one transaction with its audit entry. Only a story readers can see now may be pinned, and a
 * section's lead must be one of its stories. Refusals come back as field errors.
 */
export async function changeFront(scope: FrontScope, change: FrontChange, storyId: number, actorId: number, now = Date.now()) {
  return attempt(async (tx) => {
    const page = await frontLabel(tx, scope);
    const current = (await tx.select({ id: frontSlots.articleId }).from(frontSlots).where(eq(frontSlots.scope, scope)).orderBy(asc(frontSlots.position))).map((r) => r.id);
    const [story] = await tx
      .select({ headline: articles.headline, status: articles.status, publishedAt: articles.publishedAt, sectionId: articles.sectionId })
      .from(articles)
      .where(eq(articles.id, storyId))
      .limit(1);
    const pinning = change === 'lead' || change === 'top';
    if (!story && pinning) throw new Refused({ storyId: ['That story no longer exists.'] });
    if (pinning && story && !isLive({ status: story.status, publishedAt: story.publishedAt?.getTime() ?? null }, now)) {
      throw new Refused({ storyId: ['Only a published story can be pinned: this one is not on the site.'] });
    }
    const sectionId = frontSectionId(scope);
    if (pinning && story && sectionId !== null && story.sectionId !== sectionId) throw new Refused({ storyId: [`That story is not in ${page}.`] });
    const arranged = arrangeFront(current, change, storyId, frontCapacity(scope));
    if (!arranged.ok) throw new Refused({ form: [arranged.error] });
    await tx.delete(frontSlots).where(eq(frontSlots.scope, scope));
    if (arranged.slots.length > 0) {
      await tx.insert(frontSlots).values(arranged.slots.map((articleId, position) => ({ scope, position, articleId, pinnedById: actorId })));
    }
    const headline = story?.headline ?? `story #${storyId}`;
    const summary = describeChange(change, headline, page, Math.max(0, arranged.slots.indexOf(storyId)));
    const headlines = await headlinesOf(tx, arranged.slots);
    await recordAudit(tx, {
      actorId,
      action: 'front.update',
      targetType: 'front',
      targetId: storyId,
      details: { summary, page, change, story: headline, order: arranged.slots.map((id, i) => `${slotName(i)}: ${headlines.get(id) ?? `#${id}`}`) },
    });
    return { summary };
  });
}

async function headlinesOf(tx: Tx, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const found = await tx.select({ id: articles.id, headline: articles.headline }).from(articles).where(inArray(articles.id, ids));
  return new Map(found.map((r) => [r.id, r.headline]));
}

export type BannerForEditor = { text: string; link: string; expiresAt: number; expired: boolean };

/** Staff screen only: the banner as last set, expired or not. */
export async function getBannerForEditor(now = Date.now()): Promise<BannerForEditor | null> {
  const [row] = await db.select({ text: frontBanner.text, link: frontBanner.link, expiresAt: frontBanner.expiresAt }).from(frontBanner).where(eq(frontBanner.id, 1)).limit(1);
  return row ? { text: row.text, link: row.link, expiresAt: row.expiresAt.getTime(), expired: row.expiresAt.getTime() <= now } : null;
}

export type BannerInput = { text: string; link: string; expiresAt: number };

/** Sets (or replaces) the breaking-news banner, audited; `expiresLabel` is the expiry as staff read it. */
export async function setBanner(input: BannerInput, expiresLabel: string, actorId: number) {
  return attempt(async (tx) => {
    await tx.delete(frontBanner).where(eq(frontBanner.id, 1));
    await tx.insert(frontBanner).values({ id: 1, text: input.text, link: input.link, expiresAt: new Date(input.expiresAt), updatedById: actorId });
    const summary = `Set the breaking-news banner “${input.text}”${input.link ? ` (linking to ${input.link})` : ''} until ${expiresLabel}.`;
    await recordAudit(tx, { actorId, action: 'front.banner', targetType: 'front', details: { summary, text: input.text, link: input.link, expiresAt: new Date(input.expiresAt).toISOString() } });
    return { summary };
  });
}

/** Takes the banner down now, audited. */
export async function clearBanner(actorId: number) {
  return attempt(async (tx) => {
    const [row] = await tx.select({ text: frontBanner.text }).from(frontBanner).where(eq(frontBanner.id, 1)).limit(1);
    if (!row) throw new Refused({ form: ['There is no banner to remove.'] });
    await tx.delete(frontBanner).where(eq(frontBanner.id, 1));
    const summary = `Removed the breaking-news banner “${row.text}”.`;
    await recordAudit(tx, { actorId, action: 'front.banner', targetType: 'front', details: { summary, text: row.text } });
    return { summary };
  });
}
