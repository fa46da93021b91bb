import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/site/not-found-message';

export const metadata: Metadata = { title: 'Page not found' };

// A reader page's notFound(), inside the (site) layout's header and footer.
export default function NotFound() {
  return <NotFoundMessage />;
}
