/**
 * Cache tags shared by reader pages (which attach them to their cached data) and newsroom
 * actions (which expire them after a write), so a publish shows on the next request.
 */
export const tagsFor = {
  /** Every listing: home, sections, tags, authors, related rails, feeds. */
  listings: 'listings',
  article: (id: number) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
  author: (slug: string) => `author:${slug}`,
  taxonomy: 'taxonomy',
  /** Admin-edited site settings (name, tagline, logo, dates…) read by every reader page. */
  settings: 'settings',
};
