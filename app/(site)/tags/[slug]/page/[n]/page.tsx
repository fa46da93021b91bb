import { pagedListingRoute } from '@/components/site/reader-listing';
import { TagListing } from '../../tag-listing';

const route = pagedListingRoute('slug', (slug) => `/tags/${slug}`, TagListing);
export const generateMetadata = route.generateMetadata;
export default route.Page;
