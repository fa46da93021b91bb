import { describe, expect, it } from 'vitest';
import { isLive, isReaderFacing } from './visibility';

const NOW = Date.UTC(2026, 0, 15, 12);

describe('isLive', () => {
  it.each([
    ['draft', null, false],
    ['in_review', null, false],
    ['unpublished', NOW - 1000, false],
    ['published', NOW - 1000, true],
    // A published row without a time is still live (legacy rows); the SQL rule needs the time.
    ['published', null, true],
    // Published under an embargo: the publication time is the lift time.
    ['published', NOW + 60_000, false],
    ['scheduled', NOW + 60_000, false],
    ['scheduled', NOW, true],
    ['scheduled', NOW - 1, true],
    ['scheduled', null, false],
  ] as const)('%s at %s → %s', (status, publishedAt, expected) => {
    expect(isLive({ status, publishedAt }, NOW)).toBe(expected);
  });
});

describe('isReaderFacing', () => {
  it.each([
    ['draft', false],
    ['in_review', false],
    ['unpublished', false],
    ['scheduled', true],
    ['published', true],
  ] as const)('%s → %s', (status, expected) => {
    expect(isReaderFacing({ status })).toBe(expected);
  });
});
