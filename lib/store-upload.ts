import 'server-only';
import { recordMedia } from '@/db/queries/media';
import { checkUploadRate, MAX_UPLOAD_BYTES, storeImage, TOO_LARGE } from '@/lib/uploads';

/**
 * Stores the image in `field` with the story-image checks (content sniffed, pixel cap, one decode
 * at a time, the uploader's rate). Returns null when no file was chosen, so callers keep the
 * current image.
 */
export async function storeUploadedImage(formData: FormData, field: string, actorId: number): Promise<{ url: string } | { error: string } | null> {
  const file = formData.get(field);
  if (!(file instanceof File) || file.size === 0) return null;
  if (file.size > MAX_UPLOAD_BYTES) return { error: TOO_LARGE };
  const limited = await checkUploadRate(actorId);
  if (limited) return { error: limited.error };
  const stored = await storeImage(Buffer.from(await file.arrayBuffer()));
  if ('error' in stored) return { error: stored.error };
  await recordMedia({ path: stored.path, width: stored.width, height: stored.height, mime: stored.mime, bytes: stored.bytes, createdById: actorId });
  return { url: stored.url };
}
