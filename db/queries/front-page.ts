import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { frontSectionId, HOME_FRONT, sectionFront, type FrontScope } from '@/lib/front-page';
import { db } from '../client';
import { articles, frontBanner, frontSlots, sections } from '../schema';
import { cardColumns, toCards, type ArticleCard } from './cards';
import { listLatestPublished } from './articles';
import { visibleToReaders } from './visibility';

// The reader side of the editor-arranged fronts. Pins are read through the visibility rule, so a
// pinned story that is unpublished, deleted, killed or scheduled for later is simply not there:
// its slot closes up by itself and nothing needs a clean-up job.

/** Visible pinned stories of a front, in slot order (a section's lead only if still in that section). */
export async function listPinnedPublished(scope: FrontScope, now = Date.now()): Promise<ArticleCard[]> {
  const sectionId = frontSectionId(scope);
  const rows = await db
    .select(cardColumns)
    .from(frontSlots)
    .innerJoin(articles, eq(articles.id, frontSlots.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(frontSlots.scope, scope), visibleToReaders(now), sectionId === null ? undefined : eq(articles.sectionId, sectionId)))
    .orderBy(asc(frontSlots.position));
  return toCards(rows);
}

export type HomeFront = { lead: ArticleCard | null; top: ArticleCard[]; latest: ArticleCard[] };

/**
 * The home page: the first visible pin leads, the other visible pins are the top stories in slot
 * order, and `latestCount` of the newest visible stories not already shown fill the rest. With
 * nothing pinned the newest story leads, as before editors could arrange the page.
 */
export async function getHomeFrontPublished(latestCount: number, now = Date.now()): Promise<HomeFront> {
  const pinned = await listPinnedPublished(HOME_FRONT, now);
  const shown = new Set(pinned.map((c) => c.id));
  const newest = (await listLatestPublished(latestCount + pinned.length + 1, 0, now)).filter((c) => !shown.has(c.id));
  const [lead, ...top] = pinned.length > 0 ? pinned : newest.splice(0, 1);
  return { lead: lead ?? null, top, latest: newest.slice(0, latestCount) };
}

/** A section's pinned lead, when an editor pinned one and it is still visible and in that section. */
export async function getSectionLeadPublished(sectionId: number, now = Date.now()): Promise<ArticleCard | null> {
  return (await listPinnedPublished(sectionFront(sectionId), now))[0] ?? null;
}

export type ActiveBanner = { text: string; link: string; expiresAt: number };

/** The breaking-news banner while it has not expired (readers' caches expire with it: content-state.ts). */
export async function getActiveBannerPublished(now = Date.now()): Promise<ActiveBanner | null> {
  const [row] = await db
    .select({ text: frontBanner.text, link: frontBanner.link, expiresAt: frontBanner.expiresAt })
    .from(frontBanner)
    .where(and(eq(frontBanner.id, 1), sql`${frontBanner.expiresAt} > ${now}`))
    .limit(1);
  return row ? { text: row.text, link: row.link, expiresAt: row.expiresAt.getTime() } : null;
}
