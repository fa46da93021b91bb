import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-uploads-'));
let uploads: typeof import('./uploads');

beforeAll(async () => {
  process.env.UPLOAD_DIR = dir;
  // One upload may wait behind the one being decoded; the rate is the default (10 a minute).
  process.env.UPLOAD_QUEUE = '1';
  uploads = await import('./uploads');
});

const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#336699' } }).png().toBuffer();

/** An animated GIF of `frames` frames of `size` x `size`, each a different grey (identical frames are merged). */
function animatedGif(size: number, frames: number) {
  const raw = Buffer.alloc(size * size * frames * 3);
  for (let f = 0; f < frames; f++) raw.fill(f * 5, f * size * size * 3, (f + 1) * size * size * 3);
  return sharp(raw, { raw: { width: size, height: size * frames, channels: 3, pageHeight: size } }).gif().toBuffer();
}

describe('storeImage', () => {
  it('re-encodes a real image to WebP without metadata and writes resized variants', async () => {
    const withExif = await sharp(await png(2000, 1000)).jpeg().withMetadata({ exif: { IFD0: { Copyright: 'Secret GPS place' } } }).toBuffer();
    const stored = await uploads.storeImage(withExif);
    if ('error' in stored) throw new Error(stored.error);
    expect(stored.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{24}\.webp$/);
    const file = path.join(dir, stored.path);
    const meta = await sharp(file).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    for (const w of [480, 960, 1600]) {
      const variant = await sharp(file.replace('.webp', `-w${w}.webp`)).metadata();
      expect([variant.format, variant.width, variant.height]).toEqual(['webp', w, w / 2]);
    }
  });

  it('refuses files that are not images whatever their name says', async () => {
    expect(await uploads.storeImage(Buffer.from('<?php echo "hi"; ?>'))).toMatchObject({ reason: 'not-an-image' });
    expect(await uploads.storeImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toMatchObject({ reason: 'not-an-image' });
  });

  it('refuses files over 10 MB', async () => {
    expect(await uploads.storeImage(Buffer.alloc(10 * 1024 * 1024 + 1))).toMatchObject({ error: expect.stringContaining('10 MB') });
  });

  it('refuses an image over 40 megapixels, naming its size and the limit', async () => {
    expect(uploads.MAX_INPUT_PIXELS).toBe(40_000_000);
    const stored = await uploads.storeImage(await png(8000, 5200));
    expect(stored).toEqual({
      reason: 'too-many-pixels',
      error: 'The image has 41.6 megapixels (8000 × 5200); the limit is 40 megapixels. Export a smaller copy (3,000 pixels across is plenty for the site) and upload again.',
    });
  });

  it('counts every frame of an animation against the pixel limit', async () => {
    // 41 frames of 1 MP: each frame is small, the decode is not.
    const stored = await uploads.storeImage(await animatedGif(1000, 41));
    expect(stored).toMatchObject({ reason: 'too-many-pixels', error: expect.stringContaining('1000 × 1000 × 41 frames') });
  }, 60_000); // encoding the 41 MP fixture takes seconds, minutes on a loaded machine

  it('refuses uploads beyond the decode queue as busy instead of piling them up', async () => {
    const image = await sharp(await png(2400, 1600)).jpeg().toBuffer();
    const results = await Promise.all(Array.from({ length: 6 }, () => uploads.storeImage(image)));
    const busy = results.filter((r) => 'error' in r);
    // One decodes, one waits; the rest arrive while both places are taken.
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) expect(r).toEqual({ reason: 'busy', error: uploads.BUSY });
    expect(results.length - busy.length).toBeGreaterThanOrEqual(1);
  });

  it('answers busy from every bundled copy of the module, which share one queue', async () => {
    // Route handlers and server actions may each load their own copy; the queue is kept once per
    // process, so a copy must recognise the "full" answer of a queue another copy made.
    vi.resetModules();
    const other = await import('./uploads');
    expect(other).not.toBe(uploads);
    const image = await sharp(await png(2400, 1600)).jpeg().toBuffer();
    const results = await Promise.all([...Array.from({ length: 3 }, () => uploads.storeImage(image)), ...Array.from({ length: 3 }, () => other.storeImage(image))]);
    const busy = results.filter((r) => 'error' in r);
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) expect(r).toEqual({ reason: 'busy', error: uploads.BUSY });
    for (const r of results) if (!('error' in r)) expect(r.url).toMatch(/^\/media\//);
  });
});

describe('checkUploadRate', () => {
  it('allows ten uploads a minute per staff account, then refuses with the seconds left', async () => {
    const t0 = 5_000_000;
    for (let i = 0; i < 10; i++) expect(await uploads.checkUploadRate(7, t0 + i)).toBeNull();
    expect(await uploads.checkUploadRate(7, t0 + 30_000)).toEqual({
      error: 'You have uploaded 10 images in the last minute, the most we take. Try again in 30 s.',
      retryAfterSeconds: 30,
    });
    expect(await uploads.checkUploadRate(8, t0 + 30_000)).toBeNull();
    expect(await uploads.checkUploadRate(7, t0 + 60_000)).toBeNull();
  });
});
