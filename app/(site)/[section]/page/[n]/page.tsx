import { pagedListingRoute } from '@/components/site/reader-listing';
import { SectionListing } from '../../section-listing';

const route = pagedListingRoute('section', (slug) => `/${slug}`, SectionListing);
export const generateMetadata = route.generateMetadata;
export default route.Page;
