import type { ArticleStatus } from '@/lib/domain';

/** The serialisable story the editor form starts from (never a database row). */
export type StoryFormInitial = {
  id: number | null;
  version: number;
  status: ArticleStatus;
  headline: string;
  dek: string;
  body: string;
  sectionId: number | null;
  slug: string;
  /** The story's tags with their names (the picker searches the rest on the server). */
  tags: { id: number; name: string }[];
  authorIds: number[];
  heroImageUrl: string;
  heroImageAlt: string;
  heroImageCaption: string;
  heroImageCredit: string;
  sourceName: string;
  sourceUrl: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
  publishedAt: number | null;
};

export type StoryFormChoices = {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  /** The site's time zone, the one every time field of the form is typed in. */
  timeZone: string;
};

/** Buttons the current user may see; the server checks every one of them again. */
export type StoryFormAllowed = { submit: boolean; publish: boolean; schedule: boolean; unpublish: boolean };
