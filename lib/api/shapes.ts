import 'server-only';
import type { ApiStoryRow } from '@/db/queries/content-api';
import type { PublishedArticle } from '@/db/queries/articles';
import type { AuthorProfile } from '@/db/queries/authors';
import { absolutizeHtml } from '@/lib/feeds/feed';
import { sanitizeStoryHtml } from '@/lib/sanitize';
import { abs } from '@/lib/seo';
import type { SiteSettings } from '@/lib/site-settings';

/** JSON shapes of the content API (documented in public/openapi.json). Absolute URLs (from this request's site settings), ISO times. */

type Site = Pick<SiteSettings, 'url'>;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const authorRef = (site: Site, a: { slug: string; name: string }) => ({ slug: a.slug, name: a.name, url: abs(site, `/authors/${a.slug}`), apiUrl: abs(site, `/api/v1/authors/${a.slug}`) });

export function articleSummaryJson(site: Site, row: ApiStoryRow) {
  return {
    id: row.id,
    slug: row.slug,
    url: abs(site, `/${row.section.slug}/${row.slug}`),
    apiUrl: abs(site, `/api/v1/articles/${row.slug}`),
    headline: row.headline,
    dek: row.dek,
    section: { slug: row.section.slug, name: row.section.name, url: abs(site, `/${row.section.slug}`) },
    authors: row.authors.map((a) => authorRef(site, a)),
    publishedAt: iso(row.publishedAt),
    updatedAt: iso(row.updatedAt !== null && row.updatedAt > row.publishedAt ? row.updatedAt : null),
    image: row.heroImageUrl ? { url: abs(site, row.heroImageUrl), alt: row.heroImageAlt } : null,
  };
}

export function articleJson(site: Site, a: PublishedArticle) {
  return {
    ...articleSummaryJson(site, { ...a, section: { slug: a.sectionSlug, name: a.sectionName } }),
    image: a.heroImageUrl ? { url: abs(site, a.heroImageUrl), alt: a.heroImageAlt, caption: a.heroImageCaption, credit: a.heroImageCredit } : null,
    bodyHtml: absolutizeHtml(sanitizeStoryHtml(a.body), site.url),
    tags: a.tags.map((t) => ({ slug: t.slug, name: t.name, url: abs(site, `/tags/${t.slug}`) })),
    notes: a.notes.map((n) => ({ kind: n.kind, body: n.body, createdAt: iso(n.createdAt) })),
    correction: a.correctionNote,
    source: a.sourceName ? { name: a.sourceName, url: a.sourceUrl } : null,
  };
}

export function authorJson(site: Site, a: AuthorProfile) {
  return {
    slug: a.slug,
    name: a.name,
    url: abs(site, `/authors/${a.slug}`),
    jobTitle: a.jobTitle,
    bio: a.bio,
    photoUrl: a.photoUrl ? abs(site, a.photoUrl) : null,
    links: a.links,
    active: a.isActive,
  };
}
