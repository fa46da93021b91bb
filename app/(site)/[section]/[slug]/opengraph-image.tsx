import { notFound } from 'next/navigation';
import { STORY_IMAGE_VARIANTS } from '@/lib/seo';
import { renderStoryImage } from '@/lib/social-image';
import { site } from '@/lib/site';

export const revalidate = 3600;
export const alt = `${site.name} story`;
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';

/** The story's og:image: a generated card with its photo and headline. */
export default async function Image({ params }: { params: Promise<{ section: string; slug: string }> }) {
  const image = await renderStoryImage((await params).slug, STORY_IMAGE_VARIANTS[0]);
  if (!image) notFound();
  return image;
}
