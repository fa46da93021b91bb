/**
 * Cache tags shared by reader pages (which attach them to their cached data) and newsroom
 * actions (which expire them after a write), so a publish shows on the next request.
 */
export const tagsFor = {
  /** Every listing: home, sections, tags, authors, feeds (not article pages: see `section`). */
  listings: 'listings',
  article: (id: number) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** A section's stories as other pages show them (an article's related-stories rail). */
  section: (slug: string) => `section:${slug}`,
  taxonomy: 'taxonomy',
  /** The list of author profiles (the search page's author filter). */
  authorList: 'author-list',
  /** Admin-edited site settings (name, tagline, logo, dates…) read by every reader page. */
  settings: 'settings',
};
