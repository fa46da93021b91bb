import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { execute, transaction } from '@/db/client';
import { articles } from '@/db/schema';
import { HOME_FRONT, sectionFront, TOP_STORIES } from '@/lib/front-page';
import { makeArticle, makeSection, makeUser, resetContent } from '@/test/factories';
import { listAudit } from './audit';
import { readContentState } from './content-state';
import { changeFront, clearBanner, listFrontForEditor, searchStoriesToPin, setBanner } from './front-admin';
import { getActiveBannerPublished, getHomeFrontPublished, getSectionLeadPublished } from './front-page';

const HOUR = 3_600_000;
const ids = (cards: { id: number }[]) => cards.map((c) => c.id);

async function archive(count: number, sectionId: number) {
  const now = Date.now();
  const made = [];
  // Oldest first, so made[count - 1] is the newest.
  for (let i = 0; i < count; i++) made.push(await makeArticle({ sectionId, publishedAt: now - (count - i) * HOUR, headline: `Story number ${i}` }));
  return made;
}

describe('the front pages editors arrange', () => {
  beforeEach(async () => {
    await transaction(async (tx) => {
      await execute(sql`delete from front_slots`, tx);
      await execute(sql`delete from front_banner`, tx);
    });
    await resetContent();
  });

  it('leads with the pinned lead, then the top stories in slot order, then the newest, with no story twice', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const s = await archive(10, section.id);
    const untouched = await getHomeFrontPublished(4);
    expect(untouched.lead?.id).toBe(s[9]!.id);
    expect(ids(untouched.latest)).toEqual([s[8]!.id, s[7]!.id, s[6]!.id, s[5]!.id]);

    expect((await changeFront(HOME_FRONT, 'top', s[8]!.id, editor.id)).ok).toBe(true);
    expect((await changeFront(HOME_FRONT, 'top', s[2]!.id, editor.id)).ok).toBe(true);
    expect((await changeFront(HOME_FRONT, 'lead', s[0]!.id, editor.id)).ok).toBe(true);
    const home = await getHomeFrontPublished(4);
    expect(home.lead?.id).toBe(s[0]!.id);
    expect(ids(home.top)).toEqual([s[8]!.id, s[2]!.id]);
    expect(ids(home.latest)).toEqual([s[9]!.id, s[7]!.id, s[6]!.id, s[5]!.id]);

    await changeFront(HOME_FRONT, 'up', s[2]!.id, editor.id);
    expect(ids((await getHomeFrontPublished(4)).top)).toEqual([s[2]!.id, s[8]!.id]);
    await changeFront(HOME_FRONT, 'up', s[2]!.id, editor.id);
    expect((await getHomeFrontPublished(4)).lead?.id).toBe(s[2]!.id);
    await changeFront(HOME_FRONT, 'down', s[2]!.id, editor.id);
    await changeFront(HOME_FRONT, 'unpin', s[8]!.id, editor.id);
    const after = await getHomeFrontPublished(4);
    expect([after.lead?.id, ...ids(after.top)]).toEqual([s[0]!.id, s[2]!.id]);
    expect(ids(after.latest)).toEqual([s[9]!.id, s[8]!.id, s[7]!.id, s[6]!.id]);
  });

  it('drops a pinned story that readers can no longer see out of its slot, by itself', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const [a, b, c, d] = await archive(4, section.id);
    for (const story of [a!, b!, c!]) await changeFront(HOME_FRONT, 'top', story.id, editor.id);
    await transaction((tx) => tx.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, a!.id)));
    // A pin whose story was later rescheduled for tomorrow (written directly: the newsroom refuses to pin it).
    await transaction((tx) => tx.update(articles).set({ status: 'scheduled', publishedAt: new Date(Date.now() + 24 * HOUR) }).where(eq(articles.id, c!.id)));
    const home = await getHomeFrontPublished(10);
    expect(home.lead?.id).toBe(b!.id);
    expect(home.top).toEqual([]);
    expect(ids(home.latest)).toEqual([d!.id]);
    const editorView = await listFrontForEditor(HOME_FRONT);
    expect(editorView.map((p) => [p.id, p.live])).toEqual([[a!.id, false], [b!.id, true], [c!.id, false]]);
    // A deleted story takes its pin with it.
    await transaction((tx) => tx.delete(articles).where(eq(articles.id, b!.id)));
    expect((await listFrontForEditor(HOME_FRONT)).map((p) => p.id)).toEqual([a!.id, c!.id]);
    expect((await getHomeFrontPublished(10)).lead?.id).toBe(d!.id);
  });

  it('pins only published stories, at most a lead and the top stories', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const s = await archive(TOP_STORIES + 2, section.id);
    const draft = await makeArticle({ sectionId: section.id, status: 'draft' });
    expect(await changeFront(HOME_FRONT, 'lead', draft.id, editor.id)).toEqual({ ok: false, errors: { storyId: [expect.stringMatching(/published/)] } });
    for (const story of s.slice(0, TOP_STORIES + 1)) expect((await changeFront(HOME_FRONT, 'top', story.id, editor.id)).ok).toBe(true);
    const full = await changeFront(HOME_FRONT, 'lead', s[TOP_STORIES + 1]!.id, editor.id);
    expect(full).toEqual({ ok: false, errors: { form: [expect.stringMatching(/unpin a story first/)] } });
    expect(await listFrontForEditor(HOME_FRONT)).toHaveLength(TOP_STORIES + 1);
    const home = await getHomeFrontPublished(12);
    expect(home.top).toHaveLength(TOP_STORIES);
    expect(new Set([home.lead!.id, ...ids(home.top), ...ids(home.latest)]).size).toBe(TOP_STORIES + 2);
  });

  it('lets a section pin its own lead, one of its own stories', async () => {
    const editor = await makeUser('editor');
    const world = await makeSection();
    const sport = await makeSection();
    const [older, newer] = await archive(2, world.id);
    const match = await makeArticle({ sectionId: sport.id });
    expect(await getSectionLeadPublished(world.id)).toBeNull();
    expect((await changeFront(sectionFront(world.id), 'lead', match.id, editor.id)).ok).toBe(false);
    expect((await changeFront(sectionFront(world.id), 'lead', older!.id, editor.id)).ok).toBe(true);
    expect((await getSectionLeadPublished(world.id))?.id).toBe(older!.id);
    // Replacing the lead is "unpin, then pin": a section holds one.
    expect((await changeFront(sectionFront(world.id), 'lead', newer!.id, editor.id)).ok).toBe(false);
    expect((await getHomeFrontPublished(4)).top).toEqual([]);
    // Moved to another section, it is no longer this section's lead.
    await transaction((tx) => tx.update(articles).set({ sectionId: sport.id }).where(eq(articles.id, older!.id)));
    expect(await getSectionLeadPublished(world.id)).toBeNull();
  });

  it('renews the content token with every pin and banner change, and audits them as sentences', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id, headline: 'Floods reach the capital' });
    let before = (await readContentState()).token;
    await changeFront(HOME_FRONT, 'lead', story.id, editor.id);
    expect((await readContentState()).token).not.toBe(before);
    before = (await readContentState()).token;
    await changeFront(HOME_FRONT, 'unpin', story.id, editor.id);
    expect((await readContentState()).token).not.toBe(before);
    before = (await readContentState()).token;
    await setBanner({ text: 'Polls close at 10pm', link: '/politics', expiresAt: Date.now() + HOUR }, 'tonight', editor.id);
    expect((await readContentState()).token).not.toBe(before);
    const { items } = await listAudit({ actorId: editor.id, page: 1 });
    expect(items.map((r) => [r.action, r.details.summary])).toEqual([
      ['front.banner', 'Set the breaking-news banner “Polls close at 10pm” (linking to /politics) until tonight.'],
      ['front.update', 'Unpinned “Floods reach the capital” from the home page.'],
      ['front.update', 'Pinned “Floods reach the capital” as the lead of the home page.'],
    ]);
  });

  it('shows the banner until it expires, and names its expiry as the next change', async () => {
    const editor = await makeUser('editor');
    const now = Date.now();
    expect(await getActiveBannerPublished(now)).toBeNull();
    await setBanner({ text: 'Storm warning', link: '', expiresAt: now + 60_000 }, 'in a minute', editor.id);
    expect(await getActiveBannerPublished(now)).toEqual({ text: 'Storm warning', link: '', expiresAt: now + 60_000 });
    expect((await readContentState(now)).nextChangeAt).toBe(now + 60_000);
    expect(await getActiveBannerPublished(now + 60_000)).toBeNull();
    expect((await readContentState(now + 60_000)).nextChangeAt).toBeNull();
    const section = await makeSection();
    await makeArticle({ sectionId: section.id, status: 'scheduled', publishedAt: now + 30_000 });
    expect((await readContentState(now)).nextChangeAt).toBe(now + 30_000);
    expect((await clearBanner(editor.id)).ok).toBe(true);
    expect(await getActiveBannerPublished(now)).toBeNull();
    expect((await clearBanner(editor.id)).ok).toBe(false);
  });

  it('finds published stories to pin by headline, newest first, without drafts', async () => {
    const world = await makeSection();
    const sport = await makeSection();
    const now = Date.now();
    await makeArticle({ sectionId: world.id, headline: 'Election results are in', publishedAt: now - 2 * HOUR });
    await makeArticle({ sectionId: sport.id, headline: 'An election in the football league', publishedAt: now - HOUR });
    await makeArticle({ sectionId: world.id, headline: 'Election draft', status: 'draft' });
    expect((await searchStoriesToPin('ELECTION', null)).map((r) => r.headline)).toEqual(['An election in the football league', 'Election results are in']);
    expect((await searchStoriesToPin('election', world.id)).map((r) => r.headline)).toEqual(['Election results are in']);
    expect(await searchStoriesToPin('50%_off', null)).toEqual([]);
    expect(await searchStoriesToPin('', null, 1)).toHaveLength(1);
  });
});
