import { diffWords } from 'diff';
import type { StorySnapshot } from '@/db/queries/revisions';
import { htmlToText } from '@/lib/sanitize';

export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: string; label: string; parts: DiffPart[] };

/** Block-per-line plain text of a story body, so a diff reads paragraph by paragraph. */
export function bodyLines(html: string): string {
  return html
    .split(/<\/(?:p|h2|h3|h4|li|blockquote|figcaption)>/i)
    .map((chunk) => htmlToText(chunk))
    .filter(Boolean)
    .join('\n');
}

const FIELDS: { field: keyof StorySnapshot; label: string }[] = [
  { field: 'headline', label: 'Headline' },
  { field: 'dek', label: 'Summary' },
  { field: 'body', label: 'Story' },
  { field: 'slug', label: 'Address' },
  { field: 'heroImageUrl', label: 'Hero image' },
  { field: 'heroImageAlt', label: 'Alt text' },
  { field: 'heroImageCaption', label: 'Caption' },
  { field: 'heroImageCredit', label: 'Credit' },
  { field: 'sourceName', label: 'Source' },
  { field: 'sourceUrl', label: 'Source link' },
  { field: 'seoTitle', label: 'SEO title' },
  { field: 'seoDescription', label: 'SEO description' },
  { field: 'correctionNote', label: 'Note' },
];

const asText = (s: StorySnapshot, f: keyof StorySnapshot) => (f === 'body' ? bodyLines(s.body) : String(s[f] ?? ''));

/** A readable word-level diff of every text field that differs between two versions. */
export function diffSnapshots(from: StorySnapshot, to: StorySnapshot): FieldDiff[] {
  return FIELDS.flatMap(({ field, label }) => {
    const a = asText(from, field);
    const b = asText(to, field);
    if (a === b) return [];
    return [{ field, label, parts: diffWords(a, b).map((p) => ({ value: p.value, added: p.added, removed: p.removed })) }];
  });
}
