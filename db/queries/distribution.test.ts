import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle, makeAuthor, makeSection, makeTag, resetContent } from '@/test/factories';
import {
  countVisibleArticles,
  listFeedStoriesPublished,
  listNewsSitemapStoriesPublished,
  listSitemapPagesPublished,
  listSitemapStoriesPublished,
} from './distribution';

const HOUR = 3_600_000;
async function seedMixed() {
  const section = await makeSection();
  const other = await makeSection();
  const author = await makeAuthor();
  const tag = await makeTag({ name: 'Oil' });
  const now = Date.now();
  await makeArticle({ sectionId: section.id, slug: 'live', authorIds: [author.id], tagIds: [tag.id], publishedAt: now - HOUR });
  await makeArticle({ sectionId: other.id, slug: 'old', publishedAt: now - 72 * HOUR });
  await makeArticle({ sectionId: section.id, slug: 'due', status: 'scheduled', publishedAt: now - 60_000 });
  await makeArticle({ sectionId: section.id, slug: 'future', status: 'scheduled', publishedAt: now + HOUR, authorIds: [author.id] });
  await makeArticle({ sectionId: section.id, slug: 'draft', status: 'draft', authorIds: [author.id] });
  await makeArticle({ sectionId: section.id, slug: 'review', status: 'in_review' });
  await makeArticle({ sectionId: section.id, slug: 'gone', status: 'unpublished', publishedAt: now - HOUR, tagIds: [tag.id] });
  return { section, other, author, tag, now };
}

describe('distribution queries', () => {
  beforeEach(() => resetContent());

  it('feeds list visible stories only, newest first, with bylines and tags', async () => {
    const { section, author } = await seedMixed();
    const e = section.slug;
    expect((await listFeedStoriesPublished()).map((s) => s.slug)).toEqual(['due', 'live', 'old']);
    expect((await listFeedStoriesPublished({ sectionId: section.id })).map((s) => s.slug)).toEqual(['due', 'live']);
    const byAuthor = await listFeedStoriesPublished({ authorId: author.id });
    expect(byAuthor.map((s) => s.slug)).toEqual(['live']);
    expect(byAuthor[0]).toMatchObject({ section: { slug: e }, authors: [{ slug: author.slug }], tags: ['Oil'] });
    expect(typeof byAuthor[0]?.publishedAt).toBe('number');
    expect(await listFeedStoriesPublished({}, 1)).toHaveLength(1);
  });

  it('sitemaps list visible stories and pages only', async () => {
    const { now, section, other, author, tag } = await seedMixed();
    const e = section.slug;
    const w = other.slug;
    expect(await countVisibleArticles()).toBe(3);
    expect((await listSitemapStoriesPublished(10)).map((s) => s.path)).toEqual([`/${e}/due`, `/${e}/live`, `/${w}/old`]);
    expect((await listSitemapStoriesPublished(1, 1)).map((s) => s.path)).toEqual([`/${e}/live`]);
    expect((await listNewsSitemapStoriesPublished(now - 48 * HOUR, 1000)).map((s) => s.loc)).toEqual([`/${e}/due`, `/${e}/live`]);
    const pages = (await listSitemapPagesPublished()).map((p) => p.path);
    expect(pages).toEqual([`/${e}`, `/${w}`, `/authors/${author.slug}`, `/tags/${tag.slug}`]);
    // A listing's lastmod is its newest visible story's time: not a future, draft or unpublished one.
    const lastmod = Object.fromEntries((await listSitemapPagesPublished()).map((p) => [p.path, p.lastmod]));
    expect(lastmod).toEqual({ [`/${e}`]: now - 60_000, [`/${w}`]: now - 72 * HOUR, [`/authors/${author.slug}`]: now - HOUR, [`/tags/${tag.slug}`]: now - HOUR });
  });
});
