import fs from 'node:fs/promises';
import path from 'node:path';
import { uploadRoot } from '@/lib/uploads';

const SEGMENT = /^[a-z0-9][a-z0-9_-]*(\.webp)?$/i;

/** Serves uploaded images from UPLOAD_DIR (files written after the build are not in public/). */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const segments = (await params).path;
  if (segments.length === 0 || segments.length > 4 || !segments.every((s) => SEGMENT.test(s)) || !segments.at(-1)!.endsWith('.webp')) {
    return new Response('Not found', { status: 404 });
  }
  const root = uploadRoot();
  const file = path.join(root, ...segments);
  if (!file.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
  try {
    const data = await fs.readFile(file);
    return new Response(new Uint8Array(data), {
      headers: { 'Content-Type': 'image/webp', 'Cache-Control': 'public, max-age=31536000, immutable', 'X-Content-Type-Options': 'nosniff' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
