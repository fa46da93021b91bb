import { pagedListingRoute } from '@/components/site/reader-listing';
import { TagListing } from '../../tag-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

const route = pagedListingRoute('slug', (slug) => `/tags/${slug}`, TagListing);
export const generateMetadata = route.generateMetadata;
export default route.Page;
