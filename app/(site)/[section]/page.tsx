import type { Metadata } from 'next';
import { getSectionPage } from '@/lib/reader';
import { pageMetadata } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';
import { SectionListing } from './section-listing';

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).section);
  const data = slug ? await getSectionPage(slug, 1) : null;
  if (!data) return {};
  const { section } = data;
  return pageMetadata(await getSiteSettings(), {
    path: `/${section.slug}`,
    title: section.name,
    description: section.description || `${section.name} stories`,
    feed: { page: `/${section.slug}`, title: `${section.name} stories` },
  });
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slugParam={(await params).section} page={1} />;
}
