import { NextResponse } from 'next/server';
import { recordMedia } from '@/db/queries/media';
import { getCurrentStaff } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { MAX_UPLOAD_BYTES, storeImage } from '@/lib/uploads';

/** Image upload for the story editor: staff only, checked by content, re-encoded, recorded. */
export async function POST(request: Request) {
  const actor = await getCurrentStaff();
  if (!actor) return NextResponse.json({ error: 'Sign in to upload images.' }, { status: 401 });
  if (!can(actor, 'media:upload')) return NextResponse.json({ error: 'You may not upload images.' }, { status: 403 });
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return NextResponse.json({ error: 'The image is larger than 10 MB. Export a smaller file.' }, { status: 413 });
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ error: 'Choose an image file to upload.' }, { status: 400 });
  if (file.size > MAX_UPLOAD_BYTES) return NextResponse.json({ error: 'The image is larger than 10 MB. Export a smaller file.' }, { status: 413 });
  const stored = await storeImage(Buffer.from(await file.arrayBuffer()));
  if ('error' in stored) return NextResponse.json({ error: stored.error }, { status: 415 });
  recordMedia({ path: stored.path, width: stored.width, height: stored.height, mime: stored.mime, bytes: stored.bytes, createdById: actor.id });
  return NextResponse.json({ url: stored.url, width: stored.width, height: stored.height }, { status: 201 });
}
