import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, storyLengthLabel, WORDS_PER_MINUTE } from './reading-time';

describe('word count', () => {
  it.each([
    ['', 0],
    ['   \n ', 0],
    ['One', 1],
    ['The port reopened on Monday.', 5],
    ['Don’t co-operate — it’s 3.5% lower, isn\'t it?', 7],
    ['— – … !!', 0],
    ['Málaga, São Paulo and Zürich', 5],
    ['東京 Москва', 2],
    ['line\nbreaks\tand  spaces', 4],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('reading time', () => {
  it('rounds up to whole minutes, at least one for any text', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
    expect(readingMinutes(WORDS_PER_MINUTE * 10)).toBe(10);
  });

  it('reads as the editor shows it', () => {
    expect(storyLengthLabel('')).toBe('0 words');
    expect(storyLengthLabel('Alone')).toBe('1 word · 1 min read');
    expect(storyLengthLabel(Array.from({ length: 1204 }, () => 'word').join(' '))).toBe('1,204 words · 6 min read');
  });
});
