import 'server-only';
import { revalidatePath, updateTag } from 'next/cache';
import { tagsFor } from '@/lib/cache-tags';

type ResponseCache = { invalidate(): void };
declare global {
  // Set by scripts/server.mjs (`npm start`): finished reader pages kept for up to a second.
  var __newsResponseCache: ResponseCache | null | undefined;
  // Counts the newsroom writes that expired reader pages in this process.
  var __newsReaderGeneration: number | undefined;
}

/** Changes whenever a newsroom write expires reader pages: for copies kept outside the framework. */
export function readerGeneration(): number {
  return globalThis.__newsReaderGeneration ?? 0;
}

/**
 * Expires reader pages after a newsroom write: the framework's cached data and pages carrying these
 * tags, and the server's short-lived copies of finished pages, so the next request shows the
 * change. Server actions only (updateTag gives the editor read-your-own-writes).
 */
export function expireReaderPages(...tags: string[]) {
  for (const tag of new Set(tags)) updateTag(tag);
  globalThis.__newsResponseCache?.invalidate();
  globalThis.__newsReaderGeneration = readerGeneration() + 1;
}

/** Expires every page the site-wide settings appear on (header, footer, dates). */
export function expireWholeSite() {
  expireReaderPages(tagsFor.settings);
  revalidatePath('/', 'layout');
}

/**
 * Expires every reader cache a story change can touch: all listings (home, sections, tags,
 * authors, feeds), the article under its old and new slugs, each byline's author page, and the
 * article pages of its old and new section (their related-stories rail).
 */
export function expireStoryPages(change: { id: number; slugs: string[]; authorSlugs: string[]; sectionSlugs: string[] }) {
  expireReaderPages(
    tagsFor.listings,
    tagsFor.article(change.id),
    ...change.slugs.map(tagsFor.articleSlug),
    ...change.authorSlugs.map(tagsFor.author),
    ...change.sectionSlugs.map(tagsFor.section),
  );
}
