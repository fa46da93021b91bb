import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { env } from '@/lib/env';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif', 'gif']);
/** Widths of the resized copies stored beside each upload (`name-w480.webp`, …). */
export const VARIANT_WIDTHS = [480, 960, 1600];
const MAX_WIDTH = 2400;

export function uploadRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOAD_DIR);
}

export type StoredImage = { url: string; path: string; width: number; height: number; bytes: number; mime: string };

/**
 * Checks the bytes (not the name) are a JPEG/PNG/WebP/AVIF/GIF, re-encodes to WebP (which drops
 * EXIF/GPS metadata), writes resized variants, and returns the public /media URL.
 */
export async function storeImage(buffer: Buffer): Promise<StoredImage | { error: string }> {
  if (buffer.byteLength > MAX_UPLOAD_BYTES) return { error: 'The image is larger than 10 MB. Export a smaller file.' };
  let meta: Metadata;
  try {
    meta = await sharp(buffer).metadata();
  } catch {
    return { error: 'This file is not an image we can use. Upload a JPEG, PNG, WebP, AVIF or GIF.' };
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height) {
    return { error: 'This file is not an image we can use. Upload a JPEG, PNG, WebP, AVIF or GIF.' };
  }
  if (meta.width * meta.height > 60_000_000) return { error: 'The image has too many pixels. Use one under 60 megapixels.' };
  const now = new Date();
  const dir = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const name = randomBytes(12).toString('hex');
  await fs.mkdir(path.join(uploadRoot(), dir), { recursive: true });
  const animated = meta.format === 'gif' && (meta.pages ?? 1) > 1;
  const base = () => sharp(buffer, { animated }).rotate();
  const main = await base().resize({ width: MAX_WIDTH, withoutEnlargement: true }).webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
  const rel = `${dir}/${name}.webp`;
  await fs.writeFile(path.join(uploadRoot(), rel), main.data);
  for (const w of VARIANT_WIDTHS) {
    if (w >= main.info.width) continue;
    const v = await base().resize({ width: w }).webp({ quality: 80 }).toBuffer();
    await fs.writeFile(path.join(uploadRoot(), `${dir}/${name}-w${w}.webp`), v);
  }
  return { url: `/media/${rel}`, path: rel, width: main.info.width, height: animated ? (main.info.pageHeight ?? main.info.height) : main.info.height, bytes: main.data.byteLength, mime: 'image/webp' };
}
