import type { WireGenre } from '@/lib/domain';

/** The story form's wire panel as it opens (serialisable; never a database row). */
export type WireFieldsInitial = {
  slugline: string;
  urgency: number;
  dateline: string;
  /** The story's BCP 47 tag, '' for the site's. */
  language: string;
  /** The site's language, shown as the default. */
  siteLanguage: string;
  genre: WireGenre;
  mediaTopics: string[];
  usageTerms: string;
  copyrightHolder: string;
  copyrightNotice: string;
  /** What clients get when the rights fields are left empty. */
  defaultHolder: string;
  defaultNotice: string;
  ednote: string;
  /** The embargo as a datetime-local value in the site's zone, '' for none. */
  embargoAt: string;
  embargoNote: string;
  /** Out to clients already: the embargo then changes only by lifting it (the wire desk below). */
  embargoLocked: boolean;
};
