import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminPageHeader } from '@/components/newsroom/admin-page-header';

export const metadata: Metadata = { title: 'Not found' };

// A newsroom page's notFound() (a story, author or client that does not exist, or was deleted),
// inside the newsroom's navigation.
export default function NewsroomNotFound() {
  return (
    <>
      <AdminPageHeader title="Not found" description="There is nothing at this address: it may have been deleted, or the address is mistyped." />
      <Link href="/admin" className="font-semibold text-brand-700 underline dark:text-blue-300">
        Back to the dashboard
      </Link>
    </>
  );
}
