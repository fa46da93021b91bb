/**
 * Pure builders for schema.org JSON-LD (Google's NewsArticle, ProfilePage and BreadcrumbList
 * guidance). URLs passed in are absolute. Times are epoch ms.
 */

type Thing = Record<string, unknown>;

export type PublisherInfo = { name: string; url: string; logo: { url: string; width: number; height: number } };
export type PersonInfo = { name: string; url: string; jobTitle?: string; description?: string; image?: string | null; sameAs?: string[] };

const CONTEXT = 'https://schema.org';

export function organizationLd(publisher: PublisherInfo): Thing {
  return {
    '@type': 'NewsMediaOrganization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
  };
}

export function personLd(person: PersonInfo): Thing {
  return {
    '@type': 'Person',
    name: person.name,
    url: person.url,
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.description ? { description: person.description } : {}),
    ...(person.image ? { image: person.image } : {}),
    ...(person.sameAs && person.sameAs.length > 0 ? { sameAs: person.sameAs } : {}),
  };
}

export type NewsArticleInput = {
  url: string;
  headline: string;
  description: string;
  /** One URL per aspect ratio (16:9, 4:3, 1:1), as Google recommends. */
  images: string[];
  publishedAt: number;
  /** The reader-visible "Updated" time; equals publishedAt until a substantive update. */
  updatedAt: number | null;
  authors: PersonInfo[];
  section: string;
  keywords: string[];
  publisher: PublisherInfo;
  /** BCP 47: the story's language (the site's unless the story has its own). */
  inLanguage?: string;
};

export function newsArticleLd(input: NewsArticleInput): Thing {
  const published = new Date(input.publishedAt).toISOString();
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    url: input.url,
    // Google truncates headlines past 110 characters in some surfaces; the full one stays on the page.
    headline: input.headline,
    description: input.description,
    image: input.images,
    datePublished: published,
    dateModified: input.updatedAt && input.updatedAt > input.publishedAt ? new Date(input.updatedAt).toISOString() : published,
    author: input.authors.map(personLd),
    articleSection: input.section,
    ...(input.keywords.length > 0 ? { keywords: input.keywords.join(', ') } : {}),
    isAccessibleForFree: true,
    ...(input.inLanguage ? { inLanguage: input.inLanguage } : {}),
    publisher: organizationLd(input.publisher),
  };
}

export function profilePageLd(person: PersonInfo, extra: { dateCreated?: number; dateModified?: number } = {}): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url: person.url,
    ...(extra.dateCreated ? { dateCreated: new Date(extra.dateCreated).toISOString() } : {}),
    ...(extra.dateModified ? { dateModified: new Date(extra.dateModified).toISOString() } : {}),
    mainEntity: personLd(person),
  };
}

export function organizationPageLd(publisher: PublisherInfo, extra: { description?: string; sameAs?: string[] } = {}): Thing {
  return {
    '@context': CONTEXT,
    ...organizationLd(publisher),
    '@id': `${publisher.url}#organization`,
    ...(extra.description ? { description: extra.description } : {}),
    ...(extra.sameAs && extra.sameAs.length > 0 ? { sameAs: extra.sameAs } : {}),
  };
}

/**
 * The site itself, with the sitelinks search box: `searchUrl` holds the literal
 * `{search_term_string}` that a search engine replaces with the reader's words.
 */
export function webSiteLd(input: { name: string; url: string; description: string; inLanguage: string; searchUrl: string; publisher: PublisherInfo }): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${input.url}#website`,
    name: input.name,
    url: input.url,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.inLanguage,
    publisher: { '@id': `${input.publisher.url}#organization` },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: input.searchUrl },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A listing page (a section or a topic): its name, address and the site it belongs to. */
export function collectionPageLd(input: { name: string; url: string; description: string; inLanguage: string; siteUrl: string }): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    '@id': input.url,
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    inLanguage: input.inLanguage,
    isPartOf: { '@type': 'WebSite', '@id': `${input.siteUrl}#website`, url: input.siteUrl },
  };
}

export function breadcrumbLd(items: { name: string; url: string }[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> body. `<`, `>` and `&` become unicode escapes so
 * text such as "</script>" in a headline cannot close the element; U+2028/2029 are escaped for
 * old JavaScript parsers. The result is still JSON that parses to the same value.
 */
export function serializeJsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
