import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { parsePage } from '@/lib/validation/params';
import { AuthorListing } from '../../author-listing';

export const revalidate = 60;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return { robots: { index: false, follow: true }, alternates: { canonical: `/authors/${slug}?page=${n}` } };
}

export default async function AuthorPagedPage({ params }: Props) {
  const { slug, n } = await params;
  const page = parsePage(n);
  if (page === null) notFound();
  if (page === 1) permanentRedirect(`/authors/${slug}`);
  return <AuthorListing slugParam={slug} page={page} />;
}
