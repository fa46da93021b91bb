import { z } from 'zod';
import { ARTICLE_STATUSES } from '@/lib/domain';

// Revision snapshots are JSON written by every save since the first version of the editor. They are
// parsed, not cast: a snapshot written before a field existed gets that field's default, so old
// versions stay restorable after the story shape grows (issue 11). Unknown keys are dropped.
const text = z.string().catch('');
const optionalText = z.string().nullable().catch(null);
const ids = z.array(z.number().int().positive()).catch([]);

export const storySnapshotSchema = z.object({
  // Empty, and without a section, on a draft autosaved early (issue 13).
  headline: text,
  dek: text,
  body: text,
  slug: z.string().min(1),
  sectionId: z.number().int().positive().nullable(),
  status: z.enum(ARTICLE_STATUSES).catch('draft'),
  publishedAt: z.number().nullable().catch(null),
  heroImageUrl: optionalText,
  heroImageAlt: text,
  heroImageCaption: text,
  heroImageCredit: text,
  sourceName: optionalText,
  sourceUrl: optionalText,
  seoTitle: optionalText,
  seoDescription: optionalText,
  correctionNote: optionalText,
  authorIds: ids,
  tagIds: ids,
});

export type StorySnapshot = z.infer<typeof storySnapshotSchema>;
