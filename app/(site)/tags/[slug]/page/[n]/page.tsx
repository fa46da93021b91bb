import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { parsePage } from '@/lib/validation/params';
import { TagListing } from '../../tag-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return { robots: { index: false, follow: true }, alternates: { canonical: `/tags/${slug}?page=${n}` } };
}

export default async function TagPagedPage({ params }: Props) {
  const { slug, n } = await params;
  const page = parsePage(n);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/tags/${slug}`);
  return <TagListing slugParam={slug} page={page} />;
}
