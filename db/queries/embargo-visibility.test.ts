import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { sectionFront, HOME_FRONT } from '@/lib/front-page';
import { nextState } from '@/lib/workflow';
import { WIRE_DEFAULTS } from '@/lib/validation/wire';
import { makeArticle, makeAuthor, makeSection, makeTag, makeUser, resetContent, storyContent } from '@/test/factories';
import { db, first, transaction } from '../client';
import { articles, frontSlots } from '../schema';
import { getPublishedArticleBySlug, getPublishedArticlePathById, listLatestPublished, listPublishedByAuthor, listPublishedBySection, listPublishedByTag, listRelatedPublished, listSectionRailsPublished } from './articles';
import { listApiStoriesPublished } from './content-api';
import { readContentState } from './content-state';
import { countVisibleArticles, listFeedStoriesPublished, listNewsSitemapStoriesPublished, listSitemapPagesPublished, listSitemapStoriesPublished } from './distribution';
import { getHomeFrontPublished, getSectionLeadPublished, listPinnedPublished } from './front-page';
import { searchPublishedArticles } from './search';
import { writeStory } from './story-writes';

const HOUR = 3_600_000;

/**
 * Everything a public surface reads, at `now`: the stories' slugs it shows (and counts). Pages,
 * feeds, sitemaps, search (results and count), the content API and the front all read through
 * these queries; the OG image and JSON-LD render from getPublishedArticleBySlug.
 */
async function publicTrace(ctx: { slug: string; id: number; sectionId: number; sectionSlug: string; tagId: number; tagSlug: string; authorId: number; authorSlug: string; word: string }, now: number) {
  const slugs = (cards: { slug: string }[]) => cards.map((c) => c.slug).filter((s) => s === ctx.slug);
  const home = await getHomeFrontPublished(10, now);
  const search = await searchPublishedArticles(ctx.word, {}, 1, now);
  return {
    article: (await getPublishedArticleBySlug(ctx.slug, now))?.slug ?? null,
    path: await getPublishedArticlePathById(ctx.id, now),
    latest: slugs(await listLatestPublished(20, 0, now)),
    rails: slugs((await listSectionRailsPublished(5, now)).flatMap((r) => r.items)),
    section: slugs((await listPublishedBySection(ctx.sectionId, 1, 20, now)).items),
    sectionCount: (await listPublishedBySection(ctx.sectionId, 1, 20, now)).total,
    tag: slugs((await listPublishedByTag(ctx.tagId, 1, 20, now)).items),
    author: slugs((await listPublishedByAuthor(ctx.authorId, 1, 20, now)).items),
    related: (await listRelatedPublished(-1, ctx.sectionId, 10, now)).length,
    feed: slugs(await listFeedStoriesPublished({}, 30, now)),
    sectionFeed: slugs(await listFeedStoriesPublished({ sectionId: ctx.sectionId }, 30, now)),
    authorFeed: slugs(await listFeedStoriesPublished({ authorId: ctx.authorId }, 30, now)),
    visibleCount: await countVisibleArticles(now),
    sitemap: (await listSitemapStoriesPublished(100, 0, now)).filter((p) => p.path.endsWith(`/${ctx.slug}`)).length,
    newsSitemap: (await listNewsSitemapStoriesPublished(now - 48 * HOUR, 100, now)).filter((p) => p.loc.endsWith(`/${ctx.slug}`)).length,
    // The section, tag and author pages exist in the sitemap only through this story.
    sitemapPages: (await listSitemapPagesPublished(now)).filter((p) => [`/${ctx.sectionSlug}`, `/tags/${ctx.tagSlug}`, `/authors/${ctx.authorSlug}`].includes(p.path)).length,
    search: search.hits.map((h) => h.slug).filter((s) => s === ctx.slug),
    searchTotal: search.total,
    api: slugs(await listApiStoriesPublished({ limit: 50 }, now)),
    apiBySection: slugs(await listApiStoriesPublished({ limit: 50, authorSlug: ctx.authorSlug }, now)),
    front: [home.lead, ...home.top, ...home.latest].filter((c) => c?.slug === ctx.slug).length,
    pins: slugs(await listPinnedPublished(HOME_FRONT, now)),
    sectionLead: (await getSectionLeadPublished(ctx.sectionId, now))?.slug ?? null,
  };
}

describe('a story under embargo', () => {
  beforeEach(resetContent);

  it('leaves no trace on any public query until its lift time, then shows everywhere on its own', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const other = await makeSection();
    const author = await makeAuthor();
    const tag = await makeTag();
    // Something else public, so that empty answers are not the only ones.
    await makeArticle({ sectionId: other.id, headline: 'Unrelated harbour story' });
    const now = Date.now();
    const until = now + HOUR;
    const state = nextState('publish', { publishAt: null, embargoUntil: new Date(until) }, null, now);
    const saved = await writeStory(
      editor.id,
      null,
      0,
      storyContent({ sectionId: section.id, authorIds: [author.id], tagIds: [tag.id], headline: 'Zanzibar rates decision', body: '<p>The zanzibar central bank raised rates.</p>', wire: { ...WIRE_DEFAULTS, embargoUntil: new Date(until) } }),
      state,
      'Published under embargo',
    );
    if (!saved.ok) throw new Error('not saved');
    const row = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, saved.id)).then(first);
    await transaction(async (tx) => {
      await tx.insert(frontSlots).values({ scope: HOME_FRONT, position: 0, articleId: saved.id });
      await tx.insert(frontSlots).values({ scope: sectionFront(section.id), position: 0, articleId: saved.id });
    });
    const ctx = { slug: row!.slug, id: saved.id, sectionId: section.id, sectionSlug: section.slug, tagId: tag.id, tagSlug: tag.slug, authorId: author.id, authorSlug: author.slug, word: 'zanzibar' };

    const before = await publicTrace(ctx, Date.now());
    expect(before).toEqual({
      article: null,
      path: null,
      latest: [],
      rails: [],
      section: [],
      sectionCount: 0,
      tag: [],
      author: [],
      related: 0,
      feed: [],
      sectionFeed: [],
      authorFeed: [],
      visibleCount: 1,
      sitemap: 0,
      newsSitemap: 0,
      sitemapPages: 0,
      search: [],
      searchTotal: 0,
      api: [],
      apiBySection: [],
      front: 0,
      pins: [],
      sectionLead: null,
    });
    // The caches know the lift is the next change, so pages expire at that moment with no job.
    expect((await readContentState(Date.now())).nextChangeAt).toBe(until);

    const after = await publicTrace(ctx, until);
    expect(after).toMatchObject({
      article: ctx.slug,
      latest: [ctx.slug],
      section: [ctx.slug],
      sectionCount: 1,
      tag: [ctx.slug],
      author: [ctx.slug],
      feed: [ctx.slug],
      sectionFeed: [ctx.slug],
      authorFeed: [ctx.slug],
      visibleCount: 2,
      sitemap: 1,
      newsSitemap: 1,
      sitemapPages: 3,
      search: [ctx.slug],
      searchTotal: 1,
      api: [ctx.slug],
      apiBySection: [ctx.slug],
      pins: [ctx.slug],
      sectionLead: ctx.slug,
    });
    expect(after.front).toBeGreaterThan(0);
    expect(after.path).not.toBeNull();
    expect((await readContentState(until)).nextChangeAt).toBeNull();
  });
});
