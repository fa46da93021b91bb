import { ListingHeader } from '@/components/site/listing-header';
import { Pagination } from '@/components/site/pagination';
import { loadListing } from '@/components/site/reader-listing';
import { StoryList } from '@/components/site/story-list';
import { getTagPage, resolveTagRedirect } from '@/lib/reader';

export async function TagListing({ slugParam, page }: { slugParam: string; page: number }) {
  const { tag, stories } = await loadListing(slugParam, page, getTagPage, resolveTagRedirect);
  return (
    <>
      <ListingHeader kicker="Topic" title={tag.name} description={tag.description} page={page} />
      <StoryList stories={stories.items} />
      <Pagination basePath={`/tags/${tag.slug}`} page={page} pageCount={stories.pageCount} />
    </>
  );
}
