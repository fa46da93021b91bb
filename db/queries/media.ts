import 'server-only';
import { first, transaction } from '../client';
import { media } from '../schema';

/** Records one stored upload (the re-encoded original; variants sit beside it by name). */
export async function recordMedia(row: { path: string; width: number; height: number; mime: string; bytes: number; createdById: number }) {
  return await transaction((tx) => tx.insert(media).values(row).returning({ id: media.id }).then(first));
}
