import { expect, it } from 'vitest';
import { presenceSentence } from './presence-sentence';

it.each([
  [[], ''],
  [['Elena Duarte'], 'Elena Duarte is editing'],
  [['Elena Duarte', 'Omar Haddad'], 'Elena Duarte and Omar Haddad are editing'],
  [['A', 'B', 'C'], 'A, B and C are editing'],
  [['A', 'B', 'C', 'D', 'E'], 'A, B and 3 others are editing'],
])('%j reads “%s”', (names, sentence) => {
  expect(presenceSentence(names)).toBe(sentence);
});
