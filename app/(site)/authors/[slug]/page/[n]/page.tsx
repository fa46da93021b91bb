import { pagedListingRoute } from '@/components/site/reader-listing';
import { AuthorListing } from '../../author-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

const route = pagedListingRoute('slug', (slug) => `/authors/${slug}`, AuthorListing);
export const generateMetadata = route.generateMetadata;
export default route.Page;
