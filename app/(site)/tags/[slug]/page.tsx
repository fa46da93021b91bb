import type { Metadata } from 'next';
import { getTagPage } from '@/lib/reader';
import { parseSlug } from '@/lib/validation/params';
import { TagListing } from './tag-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const data = slug ? await getTagPage(slug, 1) : null;
  if (!data) return {};
  return { title: data.tag.name, description: data.tag.description, alternates: { canonical: `/tags/${data.tag.slug}` } };
}

export default async function TagPage({ params }: Props) {
  return <TagListing slugParam={(await params).slug} page={1} />;
}
