import 'server-only';
import type { Metadata } from 'next';
import type { AuthorProfile } from '@/db/queries/authors';
import type { PublishedArticle } from '@/db/queries/articles';
import { feedAlternates } from '@/lib/feeds/formats';
import { absoluteUrl } from '@/lib/feeds/xml';
import { htmlToText } from '@/lib/sanitize';
import { languageTag, ogLocale } from '@/lib/locale-tags';
import type { SiteSettings } from '@/lib/site-settings';
import {
  breadcrumbLd,
  collectionPageLd,
  newsArticleLd,
  organizationPageLd,
  profilePageLd,
  webSiteLd,
  type PublisherInfo,
} from '@/lib/structured-data';

/**
 * Site-level wiring of the pure structured-data builders: absolute URLs, publisher, image variants.
 * Each takes the site's settings of this request (getSiteSettings), never a copy from an earlier one.
 */
type Site = Pick<SiteSettings, 'name' | 'tagline' | 'url' | 'locale'>;

export const abs = (site: Pick<Site, 'url'>, path: string) => absoluteUrl(site.url, path);

function publisherOf(site: Site): PublisherInfo {
  return { name: site.name, url: abs(site, '/'), logo: { url: abs(site, '/brand/logo.png'), width: 600, height: 60 } };
}

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

/** What every page's <head> says of the site: the root layout's metadata, and the not-found page's. */
export function siteMetadata(site: SiteSettings): Metadata {
  return {
    metadataBase: new URL(site.url),
    title: { default: siteTitle(site), template: `%s | ${site.name}` },
    description: site.tagline,
    applicationName: site.name,
    alternates: { types: feedAlternates('/', `${site.name}: latest stories`) },
  };
}

/** The site's account on X, for twitter:site. */
export const TWITTER_SITE = '@meridianwire';

export type ShareImage = { url: string; width?: number; height?: number; alt: string };

/** Share image of pages that have no picture of their own (home, sections, topics, authors without a photo). */
export function siteShareImage(site: Site): ShareImage {
  return { url: abs(site, '/icons/icon-512.png'), width: 512, height: 512, alt: `${site.name} logo` };
}

/**
 * Title, description, canonical address, Open Graph and X card of a reader page, from one place so
 * every page type carries the same set (site name, locale, twitter:site, an image with alt text).
 */
export function pageMetadata(site: Site, page: {
  path: string;
  title: string;
  /** The title as it is, without the layout's "| site name" suffix (the home page). */
  absoluteTitle?: boolean;
  description: string;
  type?: 'website' | 'article' | 'profile';
  image?: ShareImage;
  /**
   * The page whose feed this page advertises, in RSS, Atom and JSON Feed ('/' for the site feed;
   * alternates replace the layout's, so the home page names the site feed again).
   */
  feed?: { page: string; title: string };
  /** Page-type extras: article times and tags, profile names. */
  openGraph?: Record<string, unknown>;
}): Metadata {
  const image = page.image ?? siteShareImage(site);
  const large = (image.width ?? 0) >= 1000;
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: page.path, ...(page.feed ? { types: feedAlternates(page.feed.page, page.feed.title) } : {}) },
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

export function storyImageUrl(site: Site, path: string, id: string) {
  return abs(site, `${path}/image/${id}`);
}

export function storyDescription(article: Pick<PublishedArticle, 'seoDescription' | 'dek' | 'body'>) {
  return article.seoDescription || article.dek || htmlToText(article.body).slice(0, 200);
}

export function articleJsonLd(site: Site, article: PublishedArticle) {
  const path = `/${article.sectionSlug}/${article.slug}`;
  const publisher = publisherOf(site);
  return [
    newsArticleLd({
      url: abs(site, path),
      headline: article.headline,
      description: storyDescription(article),
      images: STORY_IMAGE_VARIANTS.filter((v) => v.id !== 'og').map((v) => storyImageUrl(site, path, v.id)),
      publishedAt: article.publishedAt,
      updatedAt: article.updatedAt,
      authors: article.authors.map((a) => ({ name: a.name, url: abs(site, `/authors/${a.slug}`), jobTitle: a.jobTitle || undefined })),
      section: article.sectionName,
      keywords: article.tags.map((t) => t.name),
      publisher,
      inLanguage: article.language ?? languageTag(site.locale),
    }),
    breadcrumbLd([
      { name: 'Home', url: abs(site, '/') },
      { name: article.sectionName, url: abs(site, `/${article.sectionSlug}`) },
      { name: article.headline, url: abs(site, path) },
    ]),
  ];
}

/** The home page: the site with its search box, and the news organisation behind it. */
export function homeJsonLd(site: Site) {
  const publisher = publisherOf(site);
  return [
    webSiteLd({
      name: site.name,
      url: abs(site, '/'),
      description: site.tagline,
      inLanguage: languageTag(site.locale),
      // Left unencoded on purpose: search engines substitute the braces' placeholder.
      searchUrl: `${abs(site, '/search')}?q={search_term_string}`,
      publisher,
    }),
    organizationPageLd(publisher, { description: site.tagline }),
  ];
}

function listingJsonLd(site: Site, name: string, path: string, description: string) {
  return [
    collectionPageLd({ name, url: abs(site, path), description, inLanguage: languageTag(site.locale), siteUrl: abs(site, '/') }),
    breadcrumbLd([
      { name: 'Home', url: abs(site, '/') },
      { name, url: abs(site, path) },
    ]),
  ];
}

export function sectionJsonLd(site: Site, section: { slug: string; name: string; description: string }) {
  return listingJsonLd(site, section.name, `/${section.slug}`, section.description);
}

export function tagJsonLd(site: Site, tag: { slug: string; name: string; description: string }) {
  return listingJsonLd(site, tag.name, `/tags/${tag.slug}`, tag.description);
}

export function authorJsonLd(site: Site, author: AuthorProfile) {
  const url = abs(site, `/authors/${author.slug}`);
  return [
    profilePageLd({
      name: author.name,
      url,
      jobTitle: author.jobTitle || undefined,
      description: author.bio || undefined,
      image: author.photoUrl ? abs(site, author.photoUrl) : null,
      sameAs: author.links.map((l) => l.url).filter((u) => /^https?:\/\//.test(u)),
    }),
    // There is no authors index page, so the trail goes straight from home to the profile.
    breadcrumbLd([
      { name: 'Home', url: abs(site, '/') },
      { name: author.name, url },
    ]),
  ];
}
