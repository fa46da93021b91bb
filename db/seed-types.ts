// Shapes of the demo content in db/seed-data.ts. Kept apart so the seed script and the content
// can change independently.
export type SeedAuthor = {
  slug: string;
  name: string;
  jobTitle: string;
  /** Plain text, 1–3 sentences, shown in the author box under each story. */
  bio: string;
  /** Path under public/, e.g. "/images/authors/ricardo-mendoza.jpg"; a profile may have none. */
  photo?: string;
  links: { label: string; url: string }[];
};

export type SeedSection = { slug: string; name: string; description: string; position: number };

export type SeedTag = { slug: string; name: string; description: string };

export type SeedStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished';

export type SeedStory = {
  slug: string;
  headline: string;
  dek: string;
  sectionSlug: string;
  /** Byline order matters: the first author is the lead. */
  authorSlugs: string[];
  tagSlugs: string[];
  /** HTML using only: p, h2, h3, blockquote (containing p), ul, ol, li, strong, em, a[href]. */
  body: string;
  hero: { src: string; alt: string; caption: string; credit: string };
  source?: { name: string; url?: string };
  /** Published this many hours before the seed runs (negative = in the future, for scheduled). */
  hoursAgo: number;
  /** Set when the story had a substantive update this many hours ago. */
  updatedHoursAgo?: number;
  correction?: string;
  /** Defaults to 'published'. */
  status?: SeedStatus;
};
