import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { signIn, STAFF } from './helpers/newsroom';

const png = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#2f5d50' } }).png().toBuffer();

// The contributor is the only account this spec uploads with, so its per-minute count starts at 0.
test('a contributor posting to the upload route directly meets the pixel cap, then the per-account rate', async ({ page }) => {
  await signIn(page, STAFF.contributor);
  const post = async (buffer: Buffer) => {
    const res = await page.request.post('/admin/media', { multipart: { file: { name: 'photo.png', mimeType: 'image/png', buffer } } });
    return { status: res.status(), retryAfter: res.headers()['retry-after'], body: (await res.json()) as { error?: string; url?: string } };
  };

  // 42 megapixels: under the old 60 MP cap it was decoded, four times over.
  const huge = await post(await png(7000, 6000));
  expect(huge.status).toBe(413);
  expect(huge.body.error).toContain('42.0 megapixels (7000 × 6000); the limit is 40 megapixels');

  const small = await png(64, 48);
  for (let i = 2; i <= 10; i++) expect((await post(small)).status, `upload ${i}`).toBe(201);
  const refused = await post(small);
  expect(refused.status).toBe(429);
  expect(refused.body.error).toMatch(/^You have uploaded 10 images in the last minute, the most we take\. Try again in \d+ s\.$/);
  expect(Number(refused.retryAfter)).toBeGreaterThan(0);
});
