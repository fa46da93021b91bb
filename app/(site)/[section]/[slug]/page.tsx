import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { JsonLd } from '@/components/site/json-ld';
import { getArticle, resolveArticleRedirect } from '@/lib/reader';
import { abs, articleJsonLd, pageMetadata, STORY_IMAGE_VARIANTS, storyDescription, storyImageUrl } from '@/lib/seo';
import { ogLocale } from '@/lib/locale-tags';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';
import { datelineText } from '@/lib/wire/snapshot';

type Props = { params: Promise<{ section: string; slug: string }> };

async function load(params: Props['params']) {
  const { section, slug: raw } = await params;
  const slug = parseSlug(raw);
  if (!slug || !parseSlug(section)) notFound();
  const data = await getArticle(slug);
  if (!data) {
    // A renamed story keeps its old address working.
    const target = await resolveArticleRedirect(slug);
    if (target) permanentRedirect(target);
    notFound();
  }
  if (data.article.sectionSlug !== section) permanentRedirect(`/${data.article.sectionSlug}/${data.article.slug}`);
  return data;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ article }, site] = await Promise.all([load(params), getSiteSettings()]);
  const path = `/${article.sectionSlug}/${article.slug}`;
  const og = STORY_IMAGE_VARIANTS[0];
  const meta = pageMetadata(site, {
    path,
    title: article.headline,
    description: storyDescription(article),
    type: 'article',
    // The generated card shows the headline over the hero photo; its alt text says both.
    image: { url: storyImageUrl(site, path, og.id), width: og.width, height: og.height, alt: article.heroImageAlt ? `${article.headline}. ${article.heroImageAlt}` : article.headline },
    openGraph: {
      publishedTime: new Date(article.publishedAt).toISOString(),
      modifiedTime: new Date(article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.sectionName,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => abs(site, `/authors/${a.slug}`)),
    },
  });
  return {
    ...meta,
    // A story in its own language says so to social cards too.
    ...(article.language ? { openGraph: { ...meta.openGraph, locale: ogLocale(article.language) } } : {}),
    title: article.seoTitle || article.headline,
    authors: article.authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
  };
}

export default async function ArticlePage({ params }: Props) {
  const [{ article, related }, site] = await Promise.all([load(params), getSiteSettings()]);
  return (
    <>
      <JsonLd data={articleJsonLd(site, article)} />
      <ArticleView article={{ ...article, datelineLine: datelineText(article.dateline, article.publishedAt, site.timeZone, site.name) }} related={related} />
    </>
  );
}
