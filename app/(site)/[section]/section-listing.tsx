import { notFound, permanentRedirect } from 'next/navigation';
import { JsonLd } from '@/components/site/json-ld';
import { ListingHeader } from '@/components/site/listing-header';
import { Pagination } from '@/components/site/pagination';
import { StoryList } from '@/components/site/story-list';
import { getSectionPage, resolveSectionRedirect } from '@/lib/reader';
import { sectionJsonLd } from '@/lib/seo';
import { parseSlug } from '@/lib/validation/params';

/** Page `page` of a section's stories; shared by /{section} and its paginated twin. */
export async function SectionListing({ slugParam, page }: { slugParam: string; page: number }) {
  const slug = parseSlug(slugParam);
  if (!slug) notFound();
  const data = await getSectionPage(slug, page);
  if (!data) {
    const target = await resolveSectionRedirect(slug);
    if (target) permanentRedirect(page > 1 ? `${target}?page=${page}` : target);
    notFound();
  }
  const { section, stories } = data;
  if (page > 1 && page > stories.pageCount) notFound();
  return (
    <>
      <JsonLd data={sectionJsonLd(section)} />
      <ListingHeader kicker="Section" title={section.name} description={section.description} page={page} />
      <StoryList stories={stories.items} showSection={false} />
      <Pagination basePath={`/${section.slug}`} page={page} pageCount={stories.pageCount} />
    </>
  );
}
