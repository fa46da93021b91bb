import 'server-only';
import type { Metadata } from 'next';
import type { AuthorProfile } from '@/db/queries/authors';
import type { PublishedArticle } from '@/db/queries/articles';
import { absoluteUrl } from '@/lib/feeds/xml';
import { htmlToText } from '@/lib/sanitize';
import { languageTag, ogLocale } from '@/lib/locale-tags';
import { site } from '@/lib/site';
import {
  breadcrumbLd,
  collectionPageLd,
  newsArticleLd,
  organizationPageLd,
  profilePageLd,
  webSiteLd,
  type PublisherInfo,
} from '@/lib/structured-data';

/** Site-level wiring of the pure structured-data builders: absolute URLs, publisher, image variants. */

export const abs = (path: string) => absoluteUrl(site.url, path);

export const publisher: PublisherInfo = {
  name: site.name,
  url: abs('/'),
  logo: { url: abs('/brand/logo.png'), width: 600, height: 60 },
};

/**
 * Generated social cards of a story (lib/social-image.tsx): `og` is the page's og:image and
 * twitter:image; the ratios Google asks for in NewsArticle are all
 * served at the stable `/{section}/{slug}/image/{id}`.
 */
export const STORY_IMAGE_VARIANTS = [
  { id: 'og', width: 1200, height: 630 },
  { id: '16x9', width: 1200, height: 675 },
  { id: '4x3', width: 1200, height: 900 },
  { id: '1x1', width: 1200, height: 1200 },
] as const;

/** The home page's title, and every page's fallback: "Name: tagline". */
export function siteTitle(identity: { name: string; tagline: string }) {
  return identity.tagline ? `${identity.name}: ${identity.tagline}` : identity.name;
}

/** The site's account on X, for twitter:site. */
export const TWITTER_SITE = '@meridianwire';

export type ShareImage = { url: string; width?: number; height?: number; alt: string };

/** Share image of pages that have no picture of their own (home, sections, topics, authors without a photo). */
export function siteShareImage(): ShareImage {
  return { url: abs('/icons/icon-512.png'), width: 512, height: 512, alt: `${site.name} logo` };
}

/**
 * Title, description, canonical address, Open Graph and X card of a reader page, from one place so
 * every page type carries the same set (site name, locale, twitter:site, an image with alt text).
 */
export function pageMetadata(page: {
  path: string;
  title: string;
  /** The title as it is, without the layout's "| site name" suffix (the home page). */
  absoluteTitle?: boolean;
  description: string;
  type?: 'website' | 'article' | 'profile';
  image?: ShareImage;
  /** The RSS feed the page advertises (alternates replace the layout's, so the site feed is named again). */
  feed?: { url: string; title: string };
  /** Page-type extras: article times and tags, profile names. */
  openGraph?: Record<string, unknown>;
}): Metadata {
  const image = page.image ?? siteShareImage();
  const large = (image.width ?? 0) >= 1000;
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: page.path, ...(page.feed ? { types: { 'application/rss+xml': [page.feed] } } : {}) },
    openGraph: {
      type: page.type ?? 'website',
      url: page.path,
      siteName: site.name,
      locale: ogLocale(site.locale),
      title: page.title,
      description: page.description,
      images: [image],
      ...page.openGraph,
    } as Metadata['openGraph'],
    twitter: {
      card: large ? 'summary_large_image' : 'summary',
      site: TWITTER_SITE,
      title: page.title,
      description: page.description,
      images: [{ url: image.url, alt: image.alt }],
    },
  };
}

export function storyImageUrl(path: string, id: string) {
  return abs(`${path}/image/${id}`);
}

export function storyDescription(article: Pick<PublishedArticle, 'seoDescription' | 'dek' | 'body'>) {
  return article.seoDescription || article.dek || htmlToText(article.body).slice(0, 200);
}

export function articleJsonLd(article: PublishedArticle) {
  const path = `/${article.sectionSlug}/${article.slug}`;
  return [
    newsArticleLd({
      url: abs(path),
      headline: article.headline,
      description: storyDescription(article),
      images: STORY_IMAGE_VARIANTS.filter((v) => v.id !== 'og').map((v) => storyImageUrl(path, v.id)),
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      authors: article.authors.map((a) => ({ name: a.name, url: abs(`/authors/${a.slug}`), jobTitle: a.jobTitle || undefined })),
      section: article.sectionName,
      keywords: article.tags.map((t) => t.name),
      publisher,
    }),
    breadcrumbLd([
      { name: 'Home', url: abs('/') },
      { name: article.sectionName, url: abs(`/${article.sectionSlug}`) },
      { name: article.headline, url: abs(path) },
    ]),
  ];
}

/** The home page: the site with its search box, and the news organisation behind it. */
export function homeJsonLd() {
  return [
    webSiteLd({
      name: site.name,
      url: abs('/'),
      description: site.tagline,
      inLanguage: languageTag(site.locale),
      // Left unencoded on purpose: search engines substitute the braces' placeholder.
      searchUrl: `${abs('/search')}?q={search_term_string}`,
      publisher,
    }),
    organizationPageLd(publisher, { description: site.tagline }),
  ];
}

function listingJsonLd(name: string, path: string, description: string) {
  return [
    collectionPageLd({ name, url: abs(path), description, inLanguage: languageTag(site.locale), siteUrl: abs('/') }),
    breadcrumbLd([
      { name: 'Home', url: abs('/') },
      { name, url: abs(path) },
    ]),
  ];
}

export function sectionJsonLd(section: { slug: string; name: string; description: string }) {
  return listingJsonLd(section.name, `/${section.slug}`, section.description);
}

export function tagJsonLd(tag: { slug: string; name: string; description: string }) {
  return listingJsonLd(tag.name, `/tags/${tag.slug}`, tag.description);
}

export function authorJsonLd(author: AuthorProfile) {
  const url = abs(`/authors/${author.slug}`);
  return [
    profilePageLd({
      name: author.name,
      url,
      jobTitle: author.jobTitle || undefined,
      description: author.bio || undefined,
      image: author.photoUrl ? abs(author.photoUrl) : null,
      sameAs: author.links.map((l) => l.url).filter((u) => /^https?:\/\//.test(u)),
    }),
    // There is no authors index page, so the trail goes straight from home to the profile.
    breadcrumbLd([
      { name: 'Home', url: abs('/') },
      { name: author.name, url },
    ]),
  ];
}
