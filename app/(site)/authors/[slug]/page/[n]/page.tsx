import { pagedListingRoute } from '@/components/site/reader-listing';
import { AuthorListing } from '../../author-listing';

const route = pagedListingRoute('slug', (slug) => `/authors/${slug}`, AuthorListing);
export const generateMetadata = route.generateMetadata;
export default route.Page;
