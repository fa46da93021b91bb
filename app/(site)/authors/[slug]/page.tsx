import type { Metadata } from 'next';
import { getAuthorPage } from '@/lib/reader';
import { parseSlug } from '@/lib/validation/params';
import { AuthorListing } from './author-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const data = slug ? await getAuthorPage(slug, 1) : null;
  if (!data) return {};
  return {
    title: data.author.name,
    description: data.author.bio.slice(0, 200),
    alternates: {
      canonical: `/authors/${data.author.slug}`,
      types: { 'application/rss+xml': [{ url: `/authors/${data.author.slug}/feed.xml`, title: `Stories by ${data.author.name}` }] },
    },
    openGraph: {
      type: 'profile',
      url: `/authors/${data.author.slug}`,
      title: data.author.name,
      description: data.author.bio.slice(0, 200),
      images: data.author.photoUrl ? [data.author.photoUrl] : undefined,
    },
    twitter: { card: 'summary', title: data.author.name, description: data.author.bio.slice(0, 200) },
  };
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorListing slugParam={(await params).slug} page={1} />;
}
