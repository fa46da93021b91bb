import 'server-only';
import { asc, inArray, eq } from 'drizzle-orm';
import { db } from '../client';
import { articleAuthors, articles, authors, sections } from '../schema';

/** What a story teaser needs; times are epoch ms so the shape survives the data cache's JSON. */
export type ArticleCard = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  publishedAt: number;
  updatedAt: number | null;
  heroImageUrl: string | null;
  heroImageAlt: string;
  section: { slug: string; name: string };
  authors: { slug: string; name: string }[];
};

export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  heroImageUrl: articles.heroImageUrl,
  heroImageAlt: articles.heroImageAlt,
  sectionSlug: sections.slug,
  sectionName: sections.name,
};

type CardRow = {
  id: number;
  slug: string;
  headline: string;
  dek: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  heroImageUrl: string | null;
  heroImageAlt: string;
  sectionSlug: string;
  sectionName: string;
};

/** Bylines for many stories in one query (never one query per card). */
export async function bylinesFor(articleIds: number[]): Promise<Map<number, { slug: string; name: string }[]>> {
  const map = new Map<number, { slug: string; name: string }[]>();
  if (articleIds.length === 0) return map;
  const rows = await db
    .select({ articleId: articleAuthors.articleId, slug: authors.slug, name: authors.name })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.articleId), asc(articleAuthors.position));
  for (const row of rows) {
    const list = map.get(row.articleId) ?? [];
    list.push({ slug: row.slug, name: row.name });
    map.set(row.articleId, list);
  }
  return map;
}

export async function toCards(rows: CardRow[]): Promise<ArticleCard[]> {
  const bylines = await bylinesFor(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    dek: r.dek,
    publishedAt: r.publishedAt?.getTime() ?? 0,
    updatedAt: r.updatedAt?.getTime() ?? null,
    heroImageUrl: r.heroImageUrl,
    heroImageAlt: r.heroImageAlt,
    section: { slug: r.sectionSlug, name: r.sectionName },
    authors: bylines.get(r.id) ?? [],
  }));
}
