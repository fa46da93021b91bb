import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import {
  getArticleCacheDependencies,
  getPublishedArticleBySlug,
  getPublishedArticlePathById,
  listLatestPublished,
  listPublishedByAuthor,
  listPublishedBySection,
  listPublishedByTag,
  listRelatedPublished,
  listSectionRailsPublished,
} from '@/db/queries/articles';
import { getAuthorBySlug, getAuthorSlugById } from '@/db/queries/authors';
import { listAuthorsForSearchFilter } from '@/db/queries/search';
import { findRedirectTarget, getSectionBySlug, getTagBySlug, getTaxonomySlugById, listSections } from '@/db/queries/taxonomy';
import { tagsFor } from '@/lib/cache-tags';

// Reader data goes through the framework's data cache with tags; newsroom writes expire those
// tags, so pages are served from cache yet change on the next request after a publish. The
// short revalidate bounds how late a scheduled story can appear (no job runs at its time).
const SCHEDULE_WINDOW = 60;

export const getHomeData = unstable_cache(
  async () => {
    const latest = listLatestPublished(13);
    return { lead: latest[0] ?? null, latest: latest.slice(1), rails: listSectionRailsPublished(4) };
  },
  ['home-v1'],
  { tags: [tagsFor.listings], revalidate: SCHEDULE_WINDOW },
);

export const getSections = cache(
  unstable_cache(async () => listSections(), ['sections-v1'], { tags: [tagsFor.taxonomy], revalidate: 3600 }),
);

/** Author names and slugs for the search page's filter. */
export const getAuthorsForSearchFilter = unstable_cache(async () => listAuthorsForSearchFilter(), ['author-filter-v1'], {
  tags: [tagsFor.authorList],
  revalidate: 3600,
});

export const getSectionPage = unstable_cache(
  async (slug: string, page: number) => {
    const section = getSectionBySlug(slug);
    if (!section) return null;
    return { section, stories: listPublishedBySection(section.id, page) };
  },
  ['section-page-v1'],
  { tags: [tagsFor.listings, tagsFor.taxonomy], revalidate: SCHEDULE_WINDOW },
);

export const getTagPage = unstable_cache(
  async (slug: string, page: number) => {
    const tag = getTagBySlug(slug);
    if (!tag) return null;
    return { tag, stories: listPublishedByTag(tag.id, page) };
  },
  ['tag-page-v1'],
  { tags: [tagsFor.listings, tagsFor.taxonomy], revalidate: SCHEDULE_WINDOW },
);

export const getAuthorPage = (slug: string, page: number) =>
  unstable_cache(
    async () => {
      const author = getAuthorBySlug(slug);
      if (!author) return null;
      return { author, stories: listPublishedByAuthor(author.id, page) };
    },
    ['author-page-v1', slug, String(page)],
    { tags: [tagsFor.listings, tagsFor.author(slug)], revalidate: SCHEDULE_WINDOW },
  )();

// An article page is tagged with what it shows: the story, its section's stories (the related
// rail), its bylines' profiles (the author box) and the taxonomy; not with every listing, so a
// publish in another section leaves it cached. The dependencies are read (two small indexed
// queries) only when the page is rendered, not when it is served from the cache.
export const getArticle = cache((slug: string) => {
  const deps = getArticleCacheDependencies(slug);
  const tags = [tagsFor.articleSlug(slug), tagsFor.taxonomy];
  if (deps) tags.push(tagsFor.section(deps.sectionSlug), ...deps.authorSlugs.map(tagsFor.author));
  return unstable_cache(
    async () => {
      const article = getPublishedArticleBySlug(slug);
      if (!article) return null;
      return { article, related: listRelatedPublished(article.id, article.sectionId, 4) };
    },
    ['article-v2', slug],
    { tags, revalidate: SCHEDULE_WINDOW },
  )();
});

/** Where an old article slug lives now, if it was renamed and the story is still visible. */
export async function resolveArticleRedirect(oldSlug: string): Promise<string | null> {
  const id = findRedirectTarget('article', oldSlug);
  if (id === null) return null;
  const current = getPublishedArticlePathById(id);
  return current ? `/${current.sectionSlug}/${current.slug}` : null;
}

/** Where an old author slug lives now. */
export async function resolveAuthorRedirect(oldSlug: string): Promise<string | null> {
  const id = findRedirectTarget('author', oldSlug);
  if (id === null) return null;
  const slug = getAuthorSlugById(id);
  return slug ? `/authors/${slug}` : null;
}

/** Where an old section slug lives now (renamed sections keep their listings reachable). */
export async function resolveSectionRedirect(oldSlug: string): Promise<string | null> {
  const id = findRedirectTarget('section', oldSlug);
  const slug = id === null ? null : getTaxonomySlugById('section', id);
  return slug ? `/${slug}` : null;
}

/** Where an old tag slug lives now (after a rename or a merge). */
export async function resolveTagRedirect(oldSlug: string): Promise<string | null> {
  const id = findRedirectTarget('tag', oldSlug);
  const slug = id === null ? null : getTaxonomySlugById('tag', id);
  return slug ? `/tags/${slug}` : null;
}
