import 'server-only';
import type { AuthorProfile } from '@/db/queries/authors';
import type { PublishedArticle } from '@/db/queries/articles';
import { absoluteUrl } from '@/lib/feeds/xml';
import { htmlToText } from '@/lib/sanitize';
import { site } from '@/lib/site';
import { breadcrumbLd, newsArticleLd, profilePageLd, type PublisherInfo } from '@/lib/structured-data';

/** Site-level wiring of the pure structured-data builders: absolute URLs, publisher, image variants. */

export const abs = (path: string) => absoluteUrl(site.url, path);

export const publisher: PublisherInfo = {
  name: site.name,
  url: abs('/'),
  logo: { url: abs('/brand/logo.png'), width: 600, height: 60 },
};

/**
 * Generated social cards of a story (lib/social-image.tsx): `og` is the page's og:image
 * (opengraph-image.tsx, whose URL Next.js hashes); the ratios Google asks for in NewsArticle are
 * served at the stable `/{section}/{slug}/image/{id}`.
 */
export const STORY_IMAGE_VARIANTS = [
  { id: 'og', width: 1200, height: 630 },
  { id: '16x9', width: 1200, height: 675 },
  { id: '4x3', width: 1200, height: 900 },
  { id: '1x1', width: 1200, height: 1200 },
] as const;

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

export function sectionJsonLd(section: { slug: string; name: string }) {
  return breadcrumbLd([
    { name: 'Home', url: abs('/') },
    { name: section.name, url: abs(`/${section.slug}`) },
  ]);
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
