import { eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { articleNotes, articles, sections, siteSettings, slugRedirects } from '@/db/schema';
import { makeArticle, makeAuthor, makeSection, makeTag, resetContent } from '@/test/factories';
import { readContentState } from './content-state';

const token = async () => (await readContentState()).token;

describe('content state', () => {
  beforeEach(() => resetContent());

  it('changes with every write readers can see, in the same transaction', async () => {
    const section = makeSection();
    const author = makeAuthor();
    const tag = makeTag();
    const steps: [string, () => unknown][] = [
      ['publish', () => makeArticle({ sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] })],
      ['section rename', () => db.run(sql`update sections set name = 'Renamed' where id = ${section.id}`)],
      ['author edit', () => db.run(sql`update authors set bio = 'New bio' where id = ${author.id}`)],
      ['tag edit', () => db.run(sql`update tags set name = 'Renamed tag' where id = ${tag.id}`)],
      ['settings', () => db.insert(siteSettings).values({ key: 'name', value: 'Another name' }).run()],
      ['redirect', () => db.insert(slugRedirects).values({ kind: 'tag', oldSlug: 'old-tag', targetId: tag.id }).run()],
    ];
    for (const [name, write] of steps) {
      const before = await token();
      write();
      expect(await token(), name).not.toBe(before);
    }
    const story = makeArticle({ sectionId: section.id });
    for (const [name, write] of [
      ['correction', () => db.insert(articleNotes).values({ articleId: story.id, kind: 'correction', body: 'Fixed.' }).run()],
      ['edit', () => db.update(articles).set({ headline: 'Edited' }).where(eq(articles.id, story.id)).run()],
      ['unpublish', () => db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, story.id)).run()],
    ] as const) {
      const before = await token();
      write();
      expect(await token(), name).not.toBe(before);
    }
    // A write rolled back leaves the token as it was.
    const before = await token();
    expect(() =>
      db.transaction((tx) => {
        tx.update(sections).set({ name: 'Never' }).where(eq(sections.id, section.id)).run();
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(await token()).toBe(before);
  });

  it('stays put while drafts are written and autosaved, bylines and tags included', async () => {
    const section = makeSection();
    const author = makeAuthor();
    const tag = makeTag();
    const before = await token();
    const draft = makeArticle({ sectionId: section.id, status: 'draft', authorIds: [author.id], tagIds: [tag.id] });
    db.update(articles).set({ headline: 'Autosaved', body: '<p>More</p>' }).where(eq(articles.id, draft.id)).run();
    db.insert(articleNotes).values({ articleId: draft.id, kind: 'editors_note', body: 'Internal.' }).run();
    db.update(articles).set({ status: 'in_review' }).where(eq(articles.id, draft.id)).run();
    expect(await token()).toBe(before);
  });

  it('names the next time a story comes due by time alone', async () => {
    const section = makeSection();
    const now = Date.now();
    makeArticle({ sectionId: section.id, publishedAt: now - 60_000 });
    makeArticle({ sectionId: section.id, status: 'scheduled', publishedAt: now + 120_000 });
    makeArticle({ sectionId: section.id, status: 'scheduled', publishedAt: now + 60_000 });
    makeArticle({ sectionId: section.id, status: 'draft', publishedAt: now + 30_000 });
    expect((await readContentState(now)).nextChangeAt).toBe(now + 60_000);
    expect((await readContentState(now + 90_000)).nextChangeAt).toBe(now + 120_000);
    expect((await readContentState(now + 200_000)).nextChangeAt).toBeNull();
  });
});
