import type { Metadata } from 'next';
import { getAuthorPage } from '@/lib/reader';
import { abs, pageMetadata } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';
import { AuthorListing } from './author-listing';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const data = slug ? await getAuthorPage(slug, 1) : null;
  if (!data) return {};
  const { author } = data;
  const site = await getSiteSettings();
  const meta = pageMetadata(site, {
    path: `/authors/${author.slug}`,
    title: author.name,
    description: author.bio.slice(0, 200) || [author.name, author.jobTitle].filter(Boolean).join(', '),
    type: 'profile',
    image: author.photoUrl ? { url: abs(site, author.photoUrl), alt: `Portrait of ${author.name}` } : undefined,
    feed: { page: `/authors/${author.slug}`, title: `Stories by ${author.name}` },
  });
  // A former colleague's profile without stories still answers, but search engines are told to leave it.
  return author.listed ? meta : { ...meta, robots: { index: false, follow: true } };
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorListing slugParam={(await params).slug} page={1} />;
}
