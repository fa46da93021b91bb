import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { transaction } from '@/db/client';
import { articleNotes, articles, authors, sections, siteSettings, slugRedirects, tags } from '@/db/schema';
import { makeArticle, makeAuthor, makeSection, makeTag, resetContent } from '@/test/factories';
import { readContentState } from './content-state';

const token = async () => (await readContentState()).token;

describe('content state', () => {
  beforeEach(() => resetContent());

  it('changes with every write readers can see, in the same transaction', async () => {
    const section = await makeSection();
    const author = await makeAuthor();
    const tag = await makeTag();
    const steps: [string, () => Promise<unknown>][] = [
      ['publish', () => makeArticle({ sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] })],
      ['section rename', () => transaction((tx) => tx.update(sections).set({ name: 'Renamed' }).where(eq(sections.id, section.id)))],
      ['author edit', () => transaction((tx) => tx.update(authors).set({ bio: 'New bio' }).where(eq(authors.id, author.id)))],
      ['tag edit', () => transaction((tx) => tx.update(tags).set({ name: 'Renamed tag' }).where(eq(tags.id, tag.id)))],
      ['settings', () => transaction((tx) => tx.insert(siteSettings).values({ key: 'name', value: 'Another name' }))],
      ['redirect', () => transaction((tx) => tx.insert(slugRedirects).values({ kind: 'tag', oldSlug: 'old-tag', targetId: tag.id }))],
    ];
    for (const [name, write] of steps) {
      const before = await token();
      await write();
      expect(await token(), name).not.toBe(before);
    }
    const story = await makeArticle({ sectionId: section.id });
    const storySteps: [string, () => Promise<unknown>][] = [
      ['correction', () => transaction((tx) => tx.insert(articleNotes).values({ articleId: story.id, kind: 'correction', body: 'Fixed.' }))],
      ['edit', () => transaction((tx) => tx.update(articles).set({ headline: 'Edited' }).where(eq(articles.id, story.id)))],
      ['unpublish', () => transaction((tx) => tx.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, story.id)))],
    ];
    for (const [name, write] of storySteps) {
      const before = await token();
      await write();
      expect(await token(), name).not.toBe(before);
    }
    // A write rolled back leaves the token as it was.
    const before = await token();
    await expect(
      transaction(async (tx) => {
        await tx.update(sections).set({ name: 'Never' }).where(eq(sections.id, section.id));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await token()).toBe(before);
  });

  it('stays put while drafts are written and autosaved, bylines and tags included', async () => {
    const section = await makeSection();
    const author = await makeAuthor();
    const tag = await makeTag();
    const before = await token();
    const draft = await makeArticle({ sectionId: section.id, status: 'draft', authorIds: [author.id], tagIds: [tag.id] });
    await transaction(async (tx) => {
      await tx.update(articles).set({ headline: 'Autosaved', body: '<p>More</p>' }).where(eq(articles.id, draft.id));
      await tx.insert(articleNotes).values({ articleId: draft.id, kind: 'editors_note', body: 'Internal.' });
      await tx.update(articles).set({ status: 'in_review' }).where(eq(articles.id, draft.id));
    });
    expect(await token()).toBe(before);
  });

  it('names the next time a story comes due by time alone', async () => {
    const section = await makeSection();
    const now = Date.now();
    await makeArticle({ sectionId: section.id, publishedAt: now - 60_000 });
    await makeArticle({ sectionId: section.id, status: 'scheduled', publishedAt: now + 120_000 });
    await makeArticle({ sectionId: section.id, status: 'scheduled', publishedAt: now + 60_000 });
    await makeArticle({ sectionId: section.id, status: 'draft', publishedAt: now + 30_000 });
    expect((await readContentState(now)).nextChangeAt).toBe(now + 60_000);
    expect((await readContentState(now + 90_000)).nextChangeAt).toBe(now + 120_000);
    expect((await readContentState(now + 200_000)).nextChangeAt).toBeNull();
  });
});
