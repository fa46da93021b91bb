import 'server-only';
import { cache } from 'react';
import {
  getPublishedArticleBySlug,
  getPublishedArticlePathById,
  listPublishedByAuthor,
  listPublishedBySection,
  listPublishedByTag,
  listRelatedPublished,
  listSectionRailsPublished,
} from '@/db/queries/articles';
import { getAuthorBySlug, getAuthorSlugById } from '@/db/queries/authors';
import { getActiveBannerPublished, getHomeFrontPublished, getSectionLeadPublished } from '@/db/queries/front-page';
import { listAuthorsForSearchFilter } from '@/db/queries/search';
import { findRedirectTarget, getSectionBySlug, getTagBySlug, getTaxonomySlugById, listSections } from '@/db/queries/taxonomy';

// Reader data is read from the database on every render: the one cache is the server's response
// cache of finished pages, which the database's content token expires (scripts/response-cache.mjs).
// React's `cache` shares a read between the components of one render (the header and the page
// both list sections; metadata and the page both load the article).

/** The home page: the editors' lead and top stories (db/queries/front-page.ts), the newest, the section rails. */
export const getHomeData = cache(async () => {
  const [front, rails] = await Promise.all([getHomeFrontPublished(12), listSectionRailsPublished(4)]);
  return { ...front, rails };
});

/** The breaking-news banner of every reader page, while it has not expired. */
export const getBanner = cache(async () => getActiveBannerPublished());

export const getSections = cache(async () => listSections());

/** Author names and slugs for the search page's filter. */
export const getAuthorsForSearchFilter = cache(async () => listAuthorsForSearchFilter());

export const getSectionPage = cache(async (slug: string, page: number) => {
  const section = await getSectionBySlug(slug);
  if (!section) return null;
  const [stories, lead] = await Promise.all([listPublishedBySection(section.id, page), page === 1 ? getSectionLeadPublished(section.id) : null]);
  return { section, stories, lead };
});

export const getTagPage = cache(async (slug: string, page: number) => {
  const tag = await getTagBySlug(slug);
  if (!tag) return null;
  return { tag, stories: await listPublishedByTag(tag.id, page) };
});

export const getAuthorPage = cache(async (slug: string, page: number) => {
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  return { author, stories: await listPublishedByAuthor(author.id, page) };
});

export const getArticle = cache(async (slug: string) => {
  const article = await getPublishedArticleBySlug(slug);
  if (!article) return null;
  return { article, related: await listRelatedPublished(article.id, article.sectionId, 4) };
});

/** Where an old article slug lives now, if it was renamed and the story is still visible. */
export async function resolveArticleRedirect(oldSlug: string): Promise<string | null> {
  const id = await findRedirectTarget('article', oldSlug);
  if (id === null) return null;
  const current = await getPublishedArticlePathById(id);
  return current ? `/${current.sectionSlug}/${current.slug}` : null;
}

/** Where an old author slug lives now. */
export async function resolveAuthorRedirect(oldSlug: string): Promise<string | null> {
  const id = await findRedirectTarget('author', oldSlug);
  if (id === null) return null;
  const slug = await getAuthorSlugById(id);
  return slug ? `/authors/${slug}` : null;
}

/** Where an old section slug lives now (renamed sections keep their listings reachable). */
export async function resolveSectionRedirect(oldSlug: string): Promise<string | null> {
  const id = await findRedirectTarget('section', oldSlug);
  const slug = id === null ? null : await getTaxonomySlugById('section', id);
  return slug ? `/${slug}` : null;
}

/** Where an old tag slug lives now (after a rename or a merge). */
export async function resolveTagRedirect(oldSlug: string): Promise<string | null> {
  const id = await findRedirectTarget('tag', oldSlug);
  const slug = id === null ? null : await getTaxonomySlugById('tag', id);
  return slug ? `/tags/${slug}` : null;
}
