import { describe, expect, it } from 'vitest';
import { makeArticle, makeAuthor, makeSection, makeUser } from '@/test/factories';
import { authorPageRule } from '@/lib/visibility';
import { getAuthorBySlug } from './authors';
import { listAuthorsForSearchFilter } from './search';

describe('author pages', () => {
  it('follow who the person is and what readers can see of their work', async () => {
    const section = await makeSection();
    const profile = async (opts: { account?: 'active' | 'deactivated'; story?: 'published' | 'draft' | 'unpublished'; inactive?: boolean }) => {
      const author = await makeAuthor({ isActive: !opts.inactive });
      if (opts.account) await makeUser('journalist', { authorId: author.id, isActive: opts.account === 'active' });
      if (opts.story) await makeArticle({ sectionId: section.id, authorIds: [author.id], status: opts.story });
      return author;
    };
    const cases = {
      writer: await profile({ account: 'active', story: 'published' }),
      leaverWithStories: await profile({ account: 'deactivated', story: 'published' }),
      editorNoByline: await profile({ account: 'active' }),
      leaverNoByline: await profile({ account: 'deactivated' }),
      leaverUnpublished: await profile({ account: 'deactivated', story: 'unpublished' }),
      newcomerDraft: await profile({ account: 'active', story: 'draft' }),
      guest: await profile({}),
      retiredGuest: await profile({ inactive: true }),
    };
    const page = async (a: { slug: string }) => {
      const found = await getAuthorBySlug(a.slug);
      return found ? { listed: found.listed, isActive: found.isActive } : null;
    };
    expect(await page(cases.writer)).toEqual({ listed: true, isActive: true });
    // An author with published stories keeps the page, shown as a former contributor.
    expect(await page(cases.leaverWithStories)).toEqual({ listed: true, isActive: false });
    // Staff without bylines get no public page, deactivated or not.
    expect(await page(cases.editorNoByline)).toBeNull();
    expect(await page(cases.leaverNoByline)).toBeNull();
    // A deactivated colleague whose stories are not visible: the page answers, unlisted (noindex).
    expect(await page(cases.leaverUnpublished)).toEqual({ listed: false, isActive: false });
    expect(await page(cases.newcomerDraft)).toEqual({ listed: true, isActive: true });
    expect(await page(cases.guest)).toEqual({ listed: true, isActive: true });
    expect(await page(cases.retiredGuest)).toEqual({ listed: false, isActive: false });

    // The search filter offers only authors readers can find stories by.
    const filter = new Set((await listAuthorsForSearchFilter()).map((a) => a.slug));
    expect(Object.fromEntries(Object.entries(cases).map(([k, a]) => [k, filter.has(a.slug)]))).toEqual({
      writer: true,
      leaverWithStories: true,
      editorNoByline: false,
      leaverNoByline: false,
      leaverUnpublished: false,
      newcomerDraft: false,
      guest: false,
      retiredGuest: false,
    });
  });

  it('the rule as a table', () => {
    const rule = (hasStory: boolean, hasByline: boolean, account: boolean | null, profileActive = true) =>
      authorPageRule({ hasStory, hasByline, account: account === null ? null : { active: account }, profileActive });
    expect(rule(true, true, false, false)).toBe('listed');
    expect(rule(false, false, true)).toBe('none');
    expect(rule(false, true, false)).toBe('unlisted');
    expect(rule(false, false, null, false)).toBe('unlisted');
    expect(rule(false, false, null)).toBe('listed');
  });
});
