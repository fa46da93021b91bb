import { beforeEach, describe, expect, it } from 'vitest';
import {
  getPublishedArticleBySlug,
  listLatestPublished,
  listPublishedByAuthor,
  listPublishedBySection,
  listPublishedByTag,
  listRelatedPublished,
  listSectionRailsPublished,
} from './articles';
import { eq } from 'drizzle-orm';
import { transaction } from '../client';
import { articles } from '../schema';
import { makeArticle, makeAuthor, makeSection, makeTag, resetContent } from '@/test/factories';

const HOUR = 3_600_000;

describe('reader article queries', () => {
  beforeEach(() => resetContent());

  it('shows only published stories whose time has come', async () => {
    const section = await makeSection();
    const now = Date.now();
    await makeArticle({ sectionId: section.id, slug: 'live', publishedAt: now - HOUR });
    await makeArticle({ sectionId: section.id, slug: 'due-scheduled', status: 'scheduled', publishedAt: now - 60_000 });
    await makeArticle({ sectionId: section.id, slug: 'future-scheduled', status: 'scheduled', publishedAt: now + HOUR });
    await makeArticle({ sectionId: section.id, slug: 'future-published', status: 'published', publishedAt: now + HOUR });
    await makeArticle({ sectionId: section.id, slug: 'draft', status: 'draft' });
    await makeArticle({ sectionId: section.id, slug: 'in-review', status: 'in_review' });
    await makeArticle({ sectionId: section.id, slug: 'unpublished', status: 'unpublished', publishedAt: now - HOUR });

    const slugs = (await listLatestPublished(50)).map((c) => c.slug);
    expect(slugs.sort()).toEqual(['due-scheduled', 'live']);
    for (const hidden of ['future-scheduled', 'future-published', 'draft', 'in-review', 'unpublished']) {
      expect(await getPublishedArticleBySlug(hidden)).toBeNull();
    }
    expect((await getPublishedArticleBySlug('live'))?.slug).toBe('live');
  });

  it('orders newest first and paginates with totals', async () => {
    const section = await makeSection();
    const other = await makeSection();
    const now = Date.now();
    for (let i = 0; i < 30; i++) await makeArticle({ sectionId: section.id, slug: `s-${i}`, publishedAt: now - i * HOUR });
    await makeArticle({ sectionId: other.id, slug: 'elsewhere', publishedAt: now });

    const first = await listPublishedBySection(section.id, 1, 12);
    expect(first.total).toBe(30);
    expect(first.pageCount).toBe(3);
    expect(first.items.map((c) => c.slug).slice(0, 3)).toEqual(['s-0', 's-1', 's-2']);
    const third = await listPublishedBySection(section.id, 3, 12);
    expect(third.items.map((c) => c.slug)).toEqual(['s-24', 's-25', 's-26', 's-27', 's-28', 's-29']);
    expect((await listPublishedBySection(section.id, 4, 12)).items).toEqual([]);
  });

  it('keeps byline order and lists an author’s stories in any byline position', async () => {
    const section = await makeSection();
    const a = await makeAuthor({ name: 'Ana' });
    const b = await makeAuthor({ name: 'Bruno' });
    await makeArticle({ sectionId: section.id, slug: 'co-written', authorIds: [b.id, a.id] });
    await makeArticle({ sectionId: section.id, slug: 'solo', authorIds: [a.id] });
    await makeArticle({ sectionId: section.id, slug: 'hidden', authorIds: [a.id], status: 'draft' });

    const article = await getPublishedArticleBySlug('co-written');
    expect(article?.authors.map((x) => x.name)).toEqual(['Bruno', 'Ana']);
    const byA = await listPublishedByAuthor(a.id, 1);
    expect(byA.total).toBe(2);
    expect(byA.items.map((c) => c.slug).sort()).toEqual(['co-written', 'solo']);
    expect(byA.items.find((c) => c.slug === 'co-written')?.authors.map((x) => x.name)).toEqual(['Bruno', 'Ana']);
  });

  it('filters tag pages and related stories to visible stories', async () => {
    const section = await makeSection();
    const tag = await makeTag();
    const main = await makeArticle({ sectionId: section.id, slug: 'main', tagIds: [tag.id] });
    await makeArticle({ sectionId: section.id, slug: 'sibling', tagIds: [tag.id] });
    await makeArticle({ sectionId: section.id, slug: 'draft-sibling', tagIds: [tag.id], status: 'draft' });

    expect((await listPublishedByTag(tag.id, 1)).items.map((c) => c.slug).sort()).toEqual(['main', 'sibling']);
    expect((await listRelatedPublished(main.id, section.id)).map((c) => c.slug)).toEqual(['sibling']);
  });

  it('builds one rail per section with only visible stories', async () => {
    const s1 = await makeSection({ position: 1 });
    const s2 = await makeSection({ position: 2 });
    await makeSection({ position: 3 });
    for (let i = 0; i < 6; i++) await makeArticle({ sectionId: s1.id, publishedAt: Date.now() - i * HOUR });
    await makeArticle({ sectionId: s2.id });
    await makeArticle({ sectionId: s2.id, status: 'draft' });

    const rails = await listSectionRailsPublished(4);
    expect(rails.map((r) => [r.section.id, r.items.length])).toEqual([
      [s1.id, 4],
      [s2.id, 1],
    ]);
  });

  it('keeps tag and author listings in step when a story is unpublished, republished or re-dated', async () => {
    const section = await makeSection();
    const tag = await makeTag();
    const author = await makeAuthor();
    const now = Date.now();
    const older = await makeArticle({ sectionId: section.id, slug: 'older', tagIds: [tag.id], authorIds: [author.id], publishedAt: now - 2 * HOUR });
    await makeArticle({ sectionId: section.id, slug: 'newer', tagIds: [tag.id], authorIds: [author.id], publishedAt: now - HOUR });
    const slugs = async () => [(await listPublishedByTag(tag.id, 1)).items.map((c) => c.slug), (await listPublishedByAuthor(author.id, 1)).items.map((c) => c.slug)];
    expect(await slugs()).toEqual([['newer', 'older'], ['newer', 'older']]);

    await transaction((tx) => tx.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, older.id)));
    expect(await slugs()).toEqual([['newer'], ['newer']]);
    expect((await listPublishedByTag(tag.id, 1)).total).toBe(1);

    await transaction((tx) => tx.update(articles).set({ status: 'published', publishedAt: new Date(now - 60_000) }).where(eq(articles.id, older.id)));
    expect(await slugs()).toEqual([['older', 'newer'], ['older', 'newer']]);

    await transaction((tx) => tx.update(articles).set({ status: 'scheduled', publishedAt: new Date(now + HOUR) }).where(eq(articles.id, older.id)));
    expect(await slugs()).toEqual([['newer'], ['newer']]);
  });
});
