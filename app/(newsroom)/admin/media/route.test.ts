import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Staff } from '@/lib/auth';
import { makeUser } from '@/test/factories';

// The route authorizes through lib/auth (next-auth, cookies); here the caller is given directly.
const caller = vi.hoisted(() => ({ staff: null as Staff | null }));
vi.mock('@/lib/auth', () => ({ getCurrentStaff: async () => caller.staff }));

let POST: typeof import('./route').POST;

beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'news-media-route-'));
  ({ POST } = await import('./route'));
});

async function signInAs(role: Staff['role']): Promise<Staff> {
  const user = await makeUser(role);
  caller.staff = { id: user.id, name: user.name, email: user.email, role, authorId: null };
  return caller.staff;
}

async function upload(bytes: Buffer) {
  const body = new FormData();
  body.append('file', new File([new Uint8Array(bytes)], 'photo.png', { type: 'image/png' }));
  const res = await POST(new Request('http://localhost/admin/media', { method: 'POST', body }));
  return { status: res.status, headers: res.headers, body: (await res.json()) as { error?: string; url?: string } };
}

const png = (w: number, h: number) => sharp({ create: { width: w, height: h, channels: 3, background: '#884422' } }).png().toBuffer();

describe('POST /admin/media', () => {
  it('refuses a contributor past ten uploads a minute with 429 and Retry-After, and not a colleague', async () => {
    await signInAs('contributor');
    const small = await png(40, 30);
    for (let i = 0; i < 10; i++) expect((await upload(small)).status).toBe(201);
    const refused = await upload(small);
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatch(/^You have uploaded 10 images in the last minute, the most we take\. Try again in \d+ s\.$/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await signInAs('contributor');
    expect((await upload(small)).status).toBe(201);
  });

  it('refuses an image over 40 megapixels with 413 and a message naming the limit', async () => {
    await signInAs('contributor');
    const res = await upload(await png(7000, 6000));
    expect(res.status).toBe(413);
    expect(res.body.error).toContain('the limit is 40 megapixels');
  });

  it('refuses bytes that are not an image with 415', async () => {
    await signInAs('contributor');
    const res = await upload(Buffer.from('GIF89a but not really'));
    expect(res.status).toBe(415);
  });
});
