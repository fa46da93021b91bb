import type { Metadata } from 'next';
import { JsonLd } from '@/components/site/json-ld';
import { getTagPage } from '@/lib/reader';
import { pageMetadata, tagJsonLd } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';
import { TagListing } from './tag-listing';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = parseSlug((await params).slug);
  const data = slug ? await getTagPage(slug, 1) : null;
  if (!data) return {};
  return pageMetadata(await getSiteSettings(), { path: `/tags/${data.tag.slug}`, title: data.tag.name, description: data.tag.description || `Stories about ${data.tag.name}` });
}

export default async function TagPage({ params }: Props) {
  const param = (await params).slug;
  const slug = parseSlug(param);
  const [data, site] = await Promise.all([slug ? getTagPage(slug, 1) : null, getSiteSettings()]);
  return (
    <>
      {data && <JsonLd data={tagJsonLd(site, data.tag)} />}
      <TagListing slugParam={param} page={1} />
    </>
  );
}
