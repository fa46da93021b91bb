import { pagedListingRoute } from '@/components/site/reader-listing';
import { SectionListing } from '../../section-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

const route = pagedListingRoute('section', (slug) => `/${slug}`, SectionListing);
export const generateMetadata = route.generateMetadata;
export default route.Page;
