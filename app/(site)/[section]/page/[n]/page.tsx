import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { parsePage } from '@/lib/validation/params';
import { SectionListing } from '../../section-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ section: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section, n } = await params;
  return { robots: { index: false, follow: true }, alternates: { canonical: `/${section}?page=${n}` } };
}

// Reached through the proxy's rewrite of `/{section}?page=N`, so page 1 stays cacheable.
export default async function SectionPagedPage({ params }: Props) {
  const { section, n } = await params;
  const page = parsePage(n);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/${section}`);
  return <SectionListing slugParam={section} page={page} />;
}
