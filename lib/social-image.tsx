import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getArticle } from '@/lib/reader';
import { STORY_IMAGE_VARIANTS } from '@/lib/seo';
import { site } from '@/lib/site';
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
  const hero = await heroDataUri(data.article.heroImageUrl);
  const scale = variant.height / 630;
  const fontSize = Math.round((headline.length > 90 ? 50 : 60) * Math.min(scale, 1.4));
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', position: 'relative', background: '#123a69', fontFamily: 'Geist' }}>
        {hero && (
          // eslint-disable-next-line @next/next/no-img-element -- satori renders plain <img>, not next/image
          <img src={hero} alt="" width={variant.width} height={variant.height} style={{ position: 'absolute', inset: 0, objectFit: 'cover', width: '100%', height: '100%' }} />
        )}
        <div
          style={{
            position: 'absolute',
            inset: 0,
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'space-between',
            padding: 56,
            backgroundImage: 'linear-gradient(180deg, rgba(10,20,35,0.55) 0%, rgba(10,20,35,0.15) 35%, rgba(10,20,35,0.92) 100%)',
            color: 'white',
          }}
        >
          <div style={{ display: 'flex', alignItems: 'center', gap: 16, fontSize: 30 }}>
            <div style={{ display: 'flex', width: 48, height: 48, borderRadius: 8, background: '#174b87', alignItems: 'center', justifyContent: 'center' }}>M</div>
            <span>{site.name}</span>
          </div>
          <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
            <span style={{ fontSize: 26, letterSpacing: 3, textTransform: 'uppercase', color: '#fca5a5' }}>{data.article.sectionName}</span>
            <span style={{ fontSize, lineHeight: 1.15 }}>{headline}</span>
          </div>
        </div>
      </div>
    ),
    { width: variant.width, height: variant.height, fonts: [{ name: 'Geist', data: await fontData, weight: 400, style: 'normal' }] },
  );
}
