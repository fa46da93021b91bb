import 'server-only';
import { updateTag } from 'next/cache';
import { tagsFor } from '@/lib/cache-tags';

/**
 * Expires every reader cache a story change can touch: all listings (home, sections, tags,
 * authors), the article under its old and new slugs, and each byline's author page. Server
 * actions only (updateTag gives the editor read-your-own-writes on the next request).
 */
export function expireStoryPages(change: { id: number; slugs: string[]; authorSlugs: string[] }) {
  updateTag(tagsFor.listings);
  updateTag(tagsFor.article(change.id));
  for (const slug of new Set(change.slugs)) updateTag(tagsFor.articleSlug(slug));
  for (const slug of new Set(change.authorSlugs)) updateTag(tagsFor.author(slug));
}
