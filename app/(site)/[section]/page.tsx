import type { Metadata } from 'next';
import { getSectionPage } from '@/lib/reader';
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
  return {
    title: data.section.name,
    description: data.section.description,
    alternates: {
      canonical: `/${data.section.slug}`,
      types: { 'application/rss+xml': [{ url: `/${data.section.slug}/feed.xml`, title: `${data.section.name} stories` }] },
    },
    openGraph: { type: 'website', url: `/${data.section.slug}`, title: data.section.name, description: data.section.description },
    twitter: { card: 'summary', title: data.section.name, description: data.section.description },
  };
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slugParam={(await params).section} page={1} />;
}
