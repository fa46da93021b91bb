import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { first, transaction } from '../client';
import { articles, sections } from '../schema';
import { recordAudit } from './audit';
import { noteStoryFeeds } from './feed-changes';
import { writeWireVersion } from './wire';

// The story list's bulk actions, one story at a time: the caller has checked each story against
// the permission table, and each write re-checks the state it depends on in its WHERE clause.
// Every write bumps the version, so an editor form opened before it refuses a stale save.

/** Takes a published or scheduled story off the reader site; false when it is neither any more. */
export async function unpublishStory(actorId: number, id: number): Promise<boolean> {
  return transaction(async (tx) => {
    await noteStoryFeeds(tx, id);
    const row = await tx
      .update(articles)
      .set({ status: 'unpublished', modifiedAt: new Date(), version: sql`${articles.version} + 1` })
      .where(and(eq(articles.id, id), inArray(articles.status, ['published', 'scheduled'])))
      .returning({ headline: articles.headline, wireStatus: articles.wireStatus, wireVersion: articles.wireVersion })
      .then(first);
    if (!row) return false;
    await recordAudit(tx, { actorId, action: 'story.unpublish', targetType: 'story', targetId: id, details: { headline: row.headline, status: 'unpublished', bulk: true } });
    // Clients who took it get a withheld version, as from the editor's Unpublish.
    if (row.wireVersion > 0 && row.wireStatus === 'usable') {
      await tx.update(articles).set({ wireStatus: 'withheld' }).where(eq(articles.id, id));
      const at = Date.now();
      await writeWireVersion(tx, { articleId: id, change: 'withhold', pubstatus: 'withheld', actorId, at, availableAt: at, embargoed: null });
    }
    return true;
  });
}

/** Moves a story to another section; false when the story or the section no longer exists. */
export async function moveStorySection(actorId: number, id: number, sectionId: number): Promise<boolean> {
  return transaction(async (tx) => {
    const section = await tx.select({ name: sections.name }).from(sections).where(eq(sections.id, sectionId)).then(first);
    const before = await tx.select({ headline: articles.headline, from: articles.sectionId }).from(articles).where(eq(articles.id, id)).then(first);
    if (!section || !before) return false;
    await noteStoryFeeds(tx, id);
    await tx.update(articles).set({ sectionId, modifiedAt: new Date(), version: sql`${articles.version} + 1` }).where(eq(articles.id, id));
    await noteStoryFeeds(tx, id);
    await recordAudit(tx, { actorId, action: 'story.move_section', targetType: 'story', targetId: id, details: { headline: before.headline, fromSectionId: before.from, toSectionId: sectionId, section: section.name } });
    return true;
  });
}
