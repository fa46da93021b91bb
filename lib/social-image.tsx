import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getArticle } from '@/lib/reader';
import { STORY_IMAGE_VARIANTS } from '@/lib/seo';
import { SocialCard } from '@/lib/social-card';
import { getSiteSettings } from '@/lib/site-settings';
import { parseSlug } from '@/lib/validation/params';

// The font ships in the repository (assets/fonts) and is read from disk: nothing is fetched.
const fontData = fs.readFile(path.join(process.cwd(), 'assets/fonts/Geist-Regular.ttf'));
const PUBLIC_DIR = path.join(process.cwd(), 'public');

/** The story's own photo as a data URI when it lives under public/; remote or missing photos are skipped. */
async function heroDataUri(url: string | null): Promise<string | null> {
  if (!url || !url.startsWith('/') || !/\.(jpe?g|png)$/i.test(url)) return null;
  const file = path.join(PUBLIC_DIR, url);
  if (!file.startsWith(PUBLIC_DIR + path.sep)) return null;
  try {
    const bytes = await fs.readFile(file);
    return `data:image/${/\.png$/i.test(url) ? 'png' : 'jpeg'};base64,${bytes.toString('base64')}`;
  } catch {
    return null;
  }
}

export type StoryImageVariant = (typeof STORY_IMAGE_VARIANTS)[number];

/**
 * A story's social card: its photo (when stored under public/) behind the headline, section and
 * masthead, at the variant's size; null when no visible story has this slug.
 */
export async function renderStoryImage(slug: string, variant: StoryImageVariant): Promise<ImageResponse | null> {
  const data = parseSlug(slug) ? await getArticle(slug) : null;
  if (!data) return null;
  const headline = data.article.headline;
  const [hero, site] = await Promise.all([heroDataUri(data.article.heroImageUrl), getSiteSettings()]);
  return new ImageResponse(
    <SocialCard headline={headline} section={data.article.sectionName} siteName={site.name} hero={hero} width={variant.width} height={variant.height} />,
    {
      width: variant.width,
      height: variant.height,
      fonts: [{ name: 'Geist', data: await fontData, weight: 400, style: 'normal' }],
      // Not the default year-long `immutable`: the card shows the headline, which an edit changes.
      // The server's response cache keeps the image while the content token stands.
      headers: { 'Cache-Control': 'public, max-age=0, s-maxage=1' },
    },
  );
}
