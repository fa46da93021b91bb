import { NextResponse } from 'next/server';
import { recordMedia } from '@/db/queries/media';
import { getCurrentStaff } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { checkUploadRate, MAX_UPLOAD_BYTES, storeImage, TOO_LARGE, type StoreError } from '@/lib/uploads';

const STATUS: Record<StoreError['reason'], number> = { 'too-large': 413, 'too-many-pixels': 413, 'not-an-image': 415, busy: 503 };

/** Image upload for the story editor: staff only, rate-limited per account, checked by content, re-encoded, recorded. */
export async function POST(request: Request) {
  const actor = await getCurrentStaff();
  if (!actor) return NextResponse.json({ error: 'Sign in to upload images.' }, { status: 401 });
  if (!can(actor, 'media:upload')) return NextResponse.json({ error: 'You may not upload images.' }, { status: 403 });
  // Counted before the body is read, so refused uploads cost no memory.
  const limited = await checkUploadRate(actor.id);
  if (limited) return NextResponse.json({ error: limited.error }, { status: 429, headers: { 'Retry-After': String(limited.retryAfterSeconds) } });
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return NextResponse.json({ error: TOO_LARGE }, { status: 413 });
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File) || file.size === 0) return NextResponse.json({ error: 'Choose an image file to upload.' }, { status: 400 });
  if (file.size > MAX_UPLOAD_BYTES) return NextResponse.json({ error: TOO_LARGE }, { status: 413 });
  const stored = await storeImage(Buffer.from(await file.arrayBuffer()));
  if ('error' in stored) {
    const headers = stored.reason === 'busy' ? { 'Retry-After': '30' } : undefined;
    return NextResponse.json({ error: stored.error }, { status: STATUS[stored.reason], headers });
  }
  await recordMedia({ path: stored.path, width: stored.width, height: stored.height, mime: stored.mime, bytes: stored.bytes, createdById: actor.id });
  return NextResponse.json({ url: stored.url, width: stored.width, height: stored.height }, { status: 201 });
}
