/** Words a minute an adult reads news text at (the common 200–250 estimate, rounded down). */
export const WORDS_PER_MINUTE = 230;

// A word is a run of letters or digits, with inner apostrophes, hyphens or dots kept in it
// ("don't", "co-operate", "3.5"); punctuation, dashes and symbols on their own are not words.
const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** How many words `text` has (plain text, e.g. the editor's text of the story body). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whole minutes to read `words`, rounded up; at least one minute for any text, zero for none. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** "1,204 words · 6 min read", as the editor shows it. */
export function storyLengthLabel(text: string): string {
  const words = countWords(text);
  const count = `${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}`;
  return words === 0 ? count : `${count} · ${readingMinutes(words)} min read`;
}
