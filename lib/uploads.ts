import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { env } from '@/lib/env';
import { RateLimiter } from '@/lib/rate-limit';
import { QUEUE_FULL, TaskQueue } from '@/lib/task-queue';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/**
 * 40 megapixels (8,000 x 5,000) takes every 24-36 MP camera original and phone photo as shot,
 * while we keep at most 2,400 pixels across: 45-100 MP originals are exported smaller at the photo
 * desk anyway. Decoding costs memory by the pixel (about 160 MB for 40 MP in RGBA), so this cap,
 * times the one decode at a time below, is what an upload can cost the server.
 */
export const MAX_INPUT_PIXELS = 40_000_000;
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif', 'gif']);
/** Widths of the resized copies stored beside each upload (`name-w480.webp`, …). */
export const VARIANT_WIDTHS = [480, 960, 1600];
const MAX_WIDTH = 2400;
const NOT_AN_IMAGE = 'This file is not an image we can use. Upload a JPEG, PNG, WebP, AVIF or GIF.';
export const TOO_LARGE = 'The image is larger than 10 MB. Export a smaller file.';
export const BUSY = 'The newsroom is processing other images right now. Try this upload again in half a minute.';

// libvips would otherwise run one thread per core for each image and keep decoded images in its
// operation cache: one thread leaves the other core to readers, and nothing outlives an upload.
sharp.concurrency(1);
sharp.cache(false);

export function uploadRoot(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.UPLOAD_DIR);
}


// One decode at a time for the whole process: six 59 MP PNGs decoded together took 110 s and
// 842 MB, and stalled the reader pages on the same two cores for most of it. Route handlers and
// server actions are bundled apart and may each load their own copy of this module, so the queue
// is kept once per process. (The per-account upload counts are in the database, shared by every
// copy and every instance.)
const shared = globalThis as typeof globalThis & { [key: symbol]: { decodes: TaskQueue } | undefined };
const KEY = Symbol.for('meridian.uploads');
const { decodes } = (shared[KEY] ??= { decodes: new TaskQueue(1, env.UPLOAD_QUEUE) });
const uploadRate = new RateLimiter('upload', env.RATE_LIMIT_UPLOAD, 60_000);

/** Counts one upload by this staff account (on every instance together); an error (for a 429) when it is over its rate. */
export async function checkUploadRate(userId: number, now = Date.now()): Promise<{ error: string; retryAfterSeconds: number } | null> {
  const result = await uploadRate.hit(String(userId), now);
  if (result.allowed) return null;
  const images = env.RATE_LIMIT_UPLOAD === 1 ? 'image' : 'images';
  return {
    error: `You have uploaded ${env.RATE_LIMIT_UPLOAD} ${images} in the last minute, the most we take. Try again in ${result.retryAfterSeconds} s.`,
    retryAfterSeconds: result.retryAfterSeconds,
  };
}

/** Pixels decoded for the image: every frame of an animation counts. */
function pixelError(meta: Metadata, animated: boolean): string | null {
  const width = meta.width ?? 0;
  const frameHeight = meta.pageHeight ?? meta.height ?? 0;
  const frames = animated ? (meta.pages ?? 1) : 1;
  const pixels = width * frameHeight * frames;
  if (pixels <= MAX_INPUT_PIXELS) return null;
  const size = `${width} × ${frameHeight}${frames > 1 ? ` × ${frames} frames` : ''}`;
  return `The image has ${(pixels / 1e6).toFixed(1)} megapixels (${size}); the limit is ${MAX_INPUT_PIXELS / 1e6} megapixels. Export a smaller copy (3,000 pixels across is plenty for the site) and upload again.`;
}

export type StoredImage = { url: string; path: string; width: number; height: number; bytes: number; mime: string };
export type StoreError = { error: string; reason: 'too-large' | 'not-an-image' | 'too-many-pixels' | 'busy' };

/**
 * Checks the bytes (not the name) are a JPEG/PNG/WebP/AVIF/GIF of at most MAX_INPUT_PIXELS,
 * re-encodes to WebP (which drops EXIF/GPS metadata), writes resized variants, and returns the
 * public /media URL. Decodes one image at a time; refuses when the queue for that is full.
 */
export async function storeImage(buffer: Buffer): Promise<StoredImage | StoreError> {
  if (buffer.byteLength > MAX_UPLOAD_BYTES) return { error: TOO_LARGE, reason: 'too-large' };
  let meta: Metadata;
  try {
    // Reads the header only: the real format whatever the file name says, and the pixel count
    // (no limitInputPixels here, or an oversized image would be answered as "not an image").
    meta = await sharp(buffer).metadata();
  } catch {
    return { error: NOT_AN_IMAGE, reason: 'not-an-image' };
  }
  if (!meta.format || !ACCEPTED.has(meta.format) || !meta.width || !meta.height) return { error: NOT_AN_IMAGE, reason: 'not-an-image' };
  const animated = meta.format === 'gif' && (meta.pages ?? 1) > 1;
  const tooMany = pixelError(meta, animated);
  if (tooMany) return { error: tooMany, reason: 'too-many-pixels' };
  const stored = await decodes.run(() => encode(buffer, animated).catch(() => null));
  if (stored === QUEUE_FULL) return { error: BUSY, reason: 'busy' };
  // A header that lied about the size (limitInputPixels) or a truncated file fails in the decode.
  return stored ?? { error: NOT_AN_IMAGE, reason: 'not-an-image' };
}

async function encode(buffer: Buffer, animated: boolean): Promise<StoredImage> {
  const now = new Date();
  const dir = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const name = randomBytes(12).toString('hex');
  await fs.mkdir(path.join(uploadRoot(), dir), { recursive: true });
  const main = await sharp(buffer, { animated, limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: MAX_WIDTH, withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  const rel = `${dir}/${name}.webp`;
  await fs.writeFile(path.join(uploadRoot(), rel), main.data);
  // The variants come from the at most 2,400-pixel copy, not the original: the big image is
  // decoded once instead of four times.
  for (const w of VARIANT_WIDTHS) {
    if (w >= main.info.width) continue;
    const v = await sharp(main.data, { animated }).resize({ width: w }).webp({ quality: 80 }).toBuffer();
    await fs.writeFile(path.join(uploadRoot(), `${dir}/${name}-w${w}.webp`), v);
  }
  const height = animated ? (main.info.pageHeight ?? main.info.height) : main.info.height;
  return { url: `/media/${rel}`, path: rel, width: main.info.width, height, bytes: main.data.byteLength, mime: 'image/webp' };
}
