import { notFound, permanentRedirect } from 'next/navigation';
import { ListingHeader } from '@/components/site/listing-header';
import { Pagination } from '@/components/site/pagination';
import { StoryList } from '@/components/site/story-list';
import { getTagPage, resolveTagRedirect } from '@/lib/reader';
import { parseSlug } from '@/lib/validation/params';

export async function TagListing({ slugParam, page }: { slugParam: string; page: number }) {
  const slug = parseSlug(slugParam);
  if (!slug) notFound();
  const data = await getTagPage(slug, page);
  if (!data) {
    const target = await resolveTagRedirect(slug);
    if (target) permanentRedirect(page > 1 ? `${target}?page=${page}` : target);
    notFound();
  }
  const { tag, stories } = data;
  if (page > 1 && page > stories.pageCount) notFound();
  return (
    <>
      <ListingHeader kicker="Topic" title={tag.name} description={tag.description} page={page} />
      <StoryList stories={stories.items} />
      <Pagination basePath={`/tags/${tag.slug}`} page={page} pageCount={stories.pageCount} />
    </>
  );
}
