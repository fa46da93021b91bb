import 'server-only';
import type { ApiStoryRow } from '@/db/queries/content-api';
import type { PublishedArticle } from '@/db/queries/articles';
import type { AuthorProfile } from '@/db/queries/authors';
import { absolutizeHtml } from '@/lib/feeds/rss';
import { sanitizeStoryHtml } from '@/lib/sanitize';
import { abs } from '@/lib/seo';
import { site } from '@/lib/site';

/** JSON shapes of the content API (documented in public/openapi.json). Absolute URLs, ISO times. */

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const authorRef = (a: { slug: string; name: string }) => ({ slug: a.slug, name: a.name, url: abs(`/authors/${a.slug}`), apiUrl: abs(`/api/v1/authors/${a.slug}`) });

export function articleSummaryJson(row: ApiStoryRow) {
  return {
    id: row.id,
    slug: row.slug,
    url: abs(`/${row.section.slug}/${row.slug}`),
    apiUrl: abs(`/api/v1/articles/${row.slug}`),
    headline: row.headline,
    dek: row.dek,
    section: { slug: row.section.slug, name: row.section.name, url: abs(`/${row.section.slug}`) },
    authors: row.authors.map(authorRef),
    publishedAt: iso(row.publishedAt),
    updatedAt: iso(row.updatedAt !== null && row.updatedAt > row.publishedAt ? row.updatedAt : null),
    image: row.heroImageUrl ? { url: abs(row.heroImageUrl), alt: row.heroImageAlt } : null,
  };
}

export function articleJson(a: PublishedArticle) {
  return {
    ...articleSummaryJson({ ...a, section: { slug: a.sectionSlug, name: a.sectionName } }),
    image: a.heroImageUrl ? { url: abs(a.heroImageUrl), alt: a.heroImageAlt, caption: a.heroImageCaption, credit: a.heroImageCredit } : null,
    bodyHtml: absolutizeHtml(sanitizeStoryHtml(a.body), site.url),
    tags: a.tags.map((t) => ({ slug: t.slug, name: t.name, url: abs(`/tags/${t.slug}`) })),
    notes: a.notes.map((n) => ({ kind: n.kind, body: n.body, createdAt: iso(n.createdAt) })),
    correction: a.correctionNote,
    source: a.sourceName ? { name: a.sourceName, url: a.sourceUrl } : null,
  };
}

export function authorJson(a: AuthorProfile) {
  return {
    slug: a.slug,
    name: a.name,
    url: abs(`/authors/${a.slug}`),
    jobTitle: a.jobTitle,
    bio: a.bio,
    photoUrl: a.photoUrl ? abs(a.photoUrl) : null,
    links: a.links,
    active: a.isActive,
  };
}
