import { describe, expect, it } from 'vitest';
import { breadcrumbLd, collectionPageLd, newsArticleLd, organizationPageLd, profilePageLd, serializeJsonLd, webSiteLd, type NewsArticleInput } from './structured-data';

const publisher = { name: 'Wire', url: 'https://n.example', logo: { url: 'https://n.example/brand/logo.png', width: 600, height: 60 } };

function article(overrides: Partial<NewsArticleInput> = {}): NewsArticleInput {
  return {
    url: 'https://n.example/energy/x',
    headline: 'Deal </script><script>alert(1)</script>',
    description: 'Dek',
    images: ['https://n.example/a-16x9', 'https://n.example/a-4x3', 'https://n.example/a-1x1'],
    publishedAt: Date.UTC(2024, 0, 1),
    updatedAt: Date.UTC(2024, 0, 2),
    authors: [{ name: 'Ana', url: 'https://n.example/authors/ana' }, { name: 'Bo', url: 'https://n.example/authors/bo' }],
    section: 'Energy',
    keywords: ['Oil', 'OPEC'],
    publisher,
    ...overrides,
  };
}

describe('newsArticleLd', () => {
  it('describes the story with authors as Person array and the publisher logo', () => {
    const ld = newsArticleLd(article());
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      datePublished: '2024-01-01T00:00:00.000Z',
      dateModified: '2024-01-02T00:00:00.000Z',
      image: article().images,
      author: [
        { '@type': 'Person', name: 'Ana', url: 'https://n.example/authors/ana' },
        { '@type': 'Person', name: 'Bo', url: 'https://n.example/authors/bo' },
      ],
      publisher: { name: 'Wire', logo: { '@type': 'ImageObject', url: publisher.logo.url } },
      keywords: 'Oil, OPEC',
    });
  });

  it('uses the publication time as dateModified until a substantive update', () => {
    expect(newsArticleLd(article({ updatedAt: null })).dateModified).toBe('2024-01-01T00:00:00.000Z');
    expect(newsArticleLd(article({ updatedAt: Date.UTC(2023, 0, 1) })).dateModified).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('serializeJsonLd', () => {
  it('cannot break out of the script element and still parses back', () => {
    const ld = newsArticleLd(article({ description: 'a & b \u2028 <!-- c -->' }));
    const json = serializeJsonLd(ld);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(ld);
  });
});

describe('profile and breadcrumbs', () => {
  it('builds ProfilePage with a Person main entity', () => {
    const ld = profilePageLd({ name: 'Ana', url: 'https://n.example/authors/ana', jobTitle: 'Reporter', sameAs: ['https://x.example/ana'] });
    expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Ana', jobTitle: 'Reporter', sameAs: ['https://x.example/ana'] } });
  });

  it('numbers breadcrumb positions from 1', () => {
    const ld = breadcrumbLd([
      { name: 'Home', url: 'https://n.example/' },
      { name: 'Energy', url: 'https://n.example/energy' },
    ]);
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://n.example/' },
      { '@type': 'ListItem', position: 2, name: 'Energy', item: 'https://n.example/energy' },
    ]);
  });
});

describe('home and listing pages', () => {
  it('gives the site a search box whose template keeps the placeholder', () => {
    const ld = webSiteLd({ name: 'Wire', url: 'https://n.example/', description: 'News', inLanguage: 'en-GB', searchUrl: 'https://n.example/search?q={search_term_string}', publisher });
    expect(ld).toMatchObject({
      '@type': 'WebSite',
      inLanguage: 'en-GB',
      potentialAction: { '@type': 'SearchAction', target: { urlTemplate: 'https://n.example/search?q={search_term_string}' }, 'query-input': 'required name=search_term_string' },
    });
    expect(serializeJsonLd(ld)).toContain('{search_term_string}');
  });

  it('names the organisation behind the site with its logo', () => {
    expect(organizationPageLd(publisher, { description: 'News' })).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsMediaOrganization',
      '@id': 'https://n.example#organization',
      logo: { '@type': 'ImageObject', url: publisher.logo.url },
      description: 'News',
    });
  });

  it('describes a section or topic as a CollectionPage of the site', () => {
    expect(collectionPageLd({ name: 'Energy', url: 'https://n.example/energy', description: '', inLanguage: 'en-GB', siteUrl: 'https://n.example/' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      '@id': 'https://n.example/energy',
      url: 'https://n.example/energy',
      name: 'Energy',
      inLanguage: 'en-GB',
      isPartOf: { '@type': 'WebSite', '@id': 'https://n.example/#website', url: 'https://n.example/' },
    });
  });
});
