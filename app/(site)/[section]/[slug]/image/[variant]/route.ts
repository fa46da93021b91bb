import { STORY_IMAGE_VARIANTS } from '@/lib/seo';
import { renderStoryImage } from '@/lib/social-image';

// From the database on every request, never a copy made at build time (the response cache of
// `npm start` keeps the answer while the content token stands).
export const dynamic = 'force-dynamic';

/** The story card: `og` (1200x630) for og:image and twitter:image, and the 16x9, 4x3 and 1x1 ratios NewsArticle structured data lists. */
export async function GET(_request: Request, { params }: { params: Promise<{ section: string; slug: string; variant: string }> }) {
  const { slug, variant: id } = await params;
  const variant = STORY_IMAGE_VARIANTS.find((v) => v.id === id);
  const image = variant ? await renderStoryImage(slug, variant) : null;
  return image ?? new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
