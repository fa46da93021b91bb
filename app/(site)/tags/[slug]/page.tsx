import type { Metadata } from 'next';
import { JsonLd } from '@/components/site/json-ld';
import { getTagPage } from '@/lib/reader';
import { pageMetadata, tagJsonLd } from '@/lib/seo';
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
  return pageMetadata({ path: `/tags/${data.tag.slug}`, title: data.tag.name, description: data.tag.description || `Stories about ${data.tag.name}` });
}

export default async function TagPage({ params }: Props) {
  const param = (await params).slug;
  const slug = parseSlug(param);
  const data = slug ? await getTagPage(slug, 1) : null;
  return (
    <>
      {data && <JsonLd data={tagJsonLd(data.tag)} />}
      <TagListing slugParam={param} page={1} />
    </>
  );
}
