import { ArticleCard } from '@/components/site/article-card';
import { JsonLd } from '@/components/site/json-ld';
import { ListingHeader } from '@/components/site/listing-header';
import { Pagination } from '@/components/site/pagination';
import { loadListing } from '@/components/site/reader-listing';
import { StoryList } from '@/components/site/story-list';
import { getSectionPage, resolveSectionRedirect } from '@/lib/reader';
import { sectionJsonLd } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';

/** Page `page` of a section's stories; shared by /{section} and its paginated twin. */
export async function SectionListing({ slugParam, page }: { slugParam: string; page: number }) {
  const [{ section, stories, lead }, site] = await Promise.all([loadListing(slugParam, page, getSectionPage, resolveSectionRedirect), getSiteSettings()]);
  return (
    <>
      <JsonLd data={sectionJsonLd(site, section)} />
      <ListingHeader kicker="Section" title={section.name} description={section.description} page={page} />
      {lead && (
        <section aria-label="Lead story" className="mb-10 border-b border-neutral-200 pb-10 dark:border-neutral-800">
          <ArticleCard card={lead} variant="lead" headingLevel={2} showSection={false} />
        </section>
      )}
      <StoryList stories={lead ? stories.items.filter((s) => s.id !== lead.id) : stories.items} showSection={false} />
      <Pagination basePath={`/${section.slug}`} page={page} pageCount={stories.pageCount} />
    </>
  );
}
