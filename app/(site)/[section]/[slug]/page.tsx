import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { JsonLd } from '@/components/site/json-ld';
import { getArticle, resolveArticleRedirect } from '@/lib/reader';
import { abs, articleJsonLd, storyDescription } from '@/lib/seo';
import { site } from '@/lib/site';
import { parseSlug } from '@/lib/validation/params';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

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
  const { article } = await load(params);
  const description = storyDescription(article);
  const url = `/${article.sectionSlug}/${article.slug}`;
  return {
    title: article.seoTitle || article.headline,
    description,
    authors: article.authors.map((a) => ({ name: a.name, url: `/authors/${a.slug}` })),
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      siteName: site.name,
      locale: site.locale.replace('-', '_'),
      title: article.headline,
      description,
      publishedTime: new Date(article.publishedAt).toISOString(),
      modifiedTime: new Date(article.updatedAt ?? article.publishedAt).toISOString(),
      section: article.sectionName,
      tags: article.tags.map((t) => t.name),
      authors: article.authors.map((a) => abs(`/authors/${a.slug}`)),
      // og:image comes from the generated opengraph-image.tsx beside this page.
    },
    // Without twitter:image, X uses og:image (the generated card).
    twitter: { card: 'summary_large_image', title: article.headline, description },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { article, related } = await load(params);
  return (
    <>
      <JsonLd data={articleJsonLd(article)} />
      <ArticleView article={article} related={related} />
    </>
  );
}
