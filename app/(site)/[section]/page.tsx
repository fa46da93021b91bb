import type { Metadata } from 'next';
import { getSectionPage } from '@/lib/reader';
import { pageMetadata } from '@/lib/seo';
import { parseSlug } from '@/lib/validation/params';
import { SectionListing } from './section-listing';

export const revalidate = 60;
// Rendered on first request and then served from cache (no build-time prerender against the database).
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).section);
  const data = slug ? await getSectionPage(slug, 1) : null;
  if (!data) return {};
  const { section } = data;
  return pageMetadata({
    path: `/${section.slug}`,
    title: section.name,
    description: section.description || `${section.name} stories`,
    feed: { url: `/${section.slug}/feed.xml`, title: `${section.name} stories` },
  });
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slugParam={(await params).section} page={1} />;
}
