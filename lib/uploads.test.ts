import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-uploads-'));
let storeImage: typeof import('./uploads').storeImage;

beforeAll(async () => {
  process.env.UPLOAD_DIR = dir;
  ({ storeImage } = await import('./uploads'));
});

const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#336699' } }).png().toBuffer();

describe('storeImage', () => {
  it('re-encodes a real image to WebP without metadata and writes resized variants', async () => {
    const withExif = await sharp(await png(2000, 1000)).jpeg().withMetadata({ exif: { IFD0: { Copyright: 'Secret GPS place' } } }).toBuffer();
    const stored = await storeImage(withExif);
    if ('error' in stored) throw new Error(stored.error);
    expect(stored.url).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f]{24}\.webp$/);
    const file = path.join(dir, stored.path);
    const meta = await sharp(file).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    for (const w of [480, 960, 1600]) expect(fs.existsSync(file.replace('.webp', `-w${w}.webp`))).toBe(true);
  });

  it('refuses files that are not images whatever their name says', async () => {
    expect(await storeImage(Buffer.from('<?php echo "hi"; ?>'))).toHaveProperty('error');
    expect(await storeImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toHaveProperty('error');
  });

  it('refuses files over 10 MB', async () => {
    expect(await storeImage(Buffer.alloc(10 * 1024 * 1024 + 1))).toMatchObject({ error: expect.stringContaining('10 MB') });
  });
});
