import { describe, expect, it } from 'vitest';
import type { StoryIntent } from '@/lib/validation/story';
import { displayStatus, nextState, readinessRefusal, revisionSummary, sendBackRefusal, workflowError, type ReadinessInput, type StoryBefore, type WorkflowInput } from './workflow';

const NOW = Date.UTC(2026, 0, 15, 12);
const HOUR = 3_600_000;
const EARLIER = NOW - 24 * HOUR;
const LATER = NOW + 24 * HOUR;

const before = (
  status: NonNullable<StoryBefore>['status'],
  publishedAt: number | null = null,
  updatedAt: number | null = publishedAt,
  wire: Pick<NonNullable<StoryBefore>, 'embargoUntil' | 'wireStatus'> = {},
): StoryBefore => ({
  status,
  publishedAt,
  updatedAt,
  ...wire,
});
const input = (changeKind?: 'substantive' | 'minor', publishAt: Date | null = null): WorkflowInput => ({ changeKind, publishAt });
const ms = (d: Date | null) => d?.getTime() ?? null;

describe('nextState', () => {
  it.each<[string, StoryIntent, WorkflowInput, StoryBefore, { status: string; publishedAt: number | null; updatedAt: number | null }]>([
    ['a new draft stays a draft with no dates', 'save', input(), null, { status: 'draft', publishedAt: null, updatedAt: null }],
    ['autosave keeps the draft as it is', 'autosave', input(), before('draft'), { status: 'draft', publishedAt: null, updatedAt: null }],
    ['submit sends it to review', 'submit', input(), before('draft'), { status: 'in_review', publishedAt: null, updatedAt: null }],
    ['first publication stamps both dates now', 'publish', input(), before('in_review'), { status: 'published', publishedAt: NOW, updatedAt: NOW }],
    ['a new story published at once', 'publish', input(), null, { status: 'published', publishedAt: NOW, updatedAt: NOW }],
    ['a substantive update of a live story moves "Updated" only', 'publish', input('substantive'), before('published', EARLIER), { status: 'published', publishedAt: EARLIER, updatedAt: NOW }],
    ['a minor fix of a live story moves no date', 'save', input('minor'), before('published', EARLIER), { status: 'published', publishedAt: EARLIER, updatedAt: EARLIER }],
    ['a substantive save of a live story moves "Updated"', 'save', input('substantive'), before('published', EARLIER), { status: 'published', publishedAt: EARLIER, updatedAt: NOW }],
    ['a due scheduled story counts as live', 'publish', input('minor'), before('scheduled', NOW - HOUR), { status: 'published', publishedAt: NOW - HOUR, updatedAt: NOW - HOUR }],
    ['publishing a story scheduled for later publishes it now', 'publish', input(), before('scheduled', LATER), { status: 'published', publishedAt: NOW, updatedAt: NOW }],
    ['republishing keeps the original publication time', 'publish', input('minor'), before('unpublished', EARLIER, EARLIER + HOUR), { status: 'published', publishedAt: EARLIER, updatedAt: EARLIER + HOUR }],
    ['republishing after a schedule that never came publishes now', 'publish', input(), before('unpublished', LATER), { status: 'published', publishedAt: NOW, updatedAt: LATER }],
    ['schedule sets both dates to the chosen time', 'schedule', input(undefined, new Date(LATER)), before('draft'), { status: 'scheduled', publishedAt: LATER, updatedAt: LATER }],
    ['unpublish keeps the dates', 'unpublish', input(), before('published', EARLIER), { status: 'unpublished', publishedAt: EARLIER, updatedAt: EARLIER }],
    // Embargo (issue 12): out to clients now, to readers at the lift time.
    ['publishing under an embargo dates it at the lift', 'publish', { ...input(), embargoUntil: new Date(LATER) }, before('in_review'), { status: 'published', publishedAt: LATER, updatedAt: LATER }],
    ['an update before the lift keeps the lift time', 'publish', input('substantive'), before('published', LATER, LATER, { embargoUntil: LATER }), { status: 'published', publishedAt: LATER, updatedAt: LATER }],
    ['an embargo in the past is no embargo (the form refuses it first)', 'publish', { ...input(), embargoUntil: new Date(EARLIER) }, before('draft'), { status: 'published', publishedAt: NOW, updatedAt: NOW }],
  ])('%s', (_name, intent, form, prior, expected) => {
    const s = nextState(intent, form, prior, NOW);
    expect({ status: s.status, publishedAt: ms(s.publishedAt), updatedAt: ms(s.updatedAt) }).toEqual(expected);
  });
});

describe('workflowError', () => {
  it.each<[string, StoryIntent, WorkflowInput, StoryBefore, string | null]>([
    ['saving a draft is fine', 'save', input(), before('draft'), null],
    ['autosave of a live story is refused', 'autosave', input(), before('published', EARLIER), 'Autosave is only for drafts'],
    ['autosave of a story in review is fine', 'autosave', input(), before('in_review'), null],
    ['autosave of a story sent back for changes is fine', 'autosave', input(), before('changes_requested'), null],
    ['an edit of a live story must say what kind', 'save', input(), before('published', EARLIER), 'Say whether this change is substantive'],
    ['so must an update', 'publish', input(), before('published', EARLIER), 'Say whether this change is substantive'],
    ['an edit of a live story that says so is fine', 'publish', input('minor'), before('published', EARLIER), null],
    ['a story scheduled for later is not live yet', 'save', input(), before('scheduled', LATER), null],
    ['a live story cannot be scheduled', 'schedule', input('minor', new Date(LATER)), before('published', EARLIER), 'already live'],
    ['a draft cannot be unpublished', 'unpublish', input(), before('draft'), 'Only a published or scheduled story'],
    ['a new story cannot be unpublished', 'unpublish', input(), null, 'Only a published or scheduled story'],
    ['a scheduled story can be unpublished', 'unpublish', input(), before('scheduled', LATER), null],
    ['a killed story cannot go out again', 'publish', input('minor'), before('unpublished', EARLIER, EARLIER, { wireStatus: 'canceled' }), 'killed'],
    ['an edit under embargo must say what kind (clients have it)', 'save', input(), before('published', LATER, LATER, { embargoUntil: LATER }), 'Say whether this change is substantive'],
    ['a story under embargo cannot be scheduled', 'schedule', input(undefined, new Date(LATER)), before('published', LATER, LATER, { embargoUntil: LATER }), 'under an embargo'],
    ['a public story cannot take an embargo', 'publish', { ...input('minor'), embargoUntil: new Date(LATER) }, before('published', EARLIER), 'already on the site'],
  ])('%s', (_name, intent, form, prior, expected) => {
    const refusal = workflowError(intent, form, prior, NOW);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal?.message).toContain(expected);
  });

  it('puts the change-kind refusal beside its field', () => {
    expect(workflowError('save', input(), before('published', EARLIER), NOW)?.errors).toEqual({ changeKind: [expect.any(String)] });
  });
});

describe('revisionSummary', () => {
  it.each<[StoryIntent, WorkflowInput, StoryBefore, string]>([
    ['publish', input(), before('draft'), 'Published'],
    ['publish', input('substantive'), before('published', EARLIER), 'Updated (substantive update)'],
    ['save', input('minor'), before('published', EARLIER), 'Saved (minor fix)'],
    ['save', input(), before('draft'), 'Saved'],
    ['unpublish', input(), before('published', EARLIER), 'Unpublished'],
    ['schedule', input(undefined, new Date(LATER)), before('draft'), 'Scheduled for 16 January'],
  ])('%s → %s', (intent, form, prior, expected) => {
    expect(revisionSummary(intent, form, prior, NOW, intent === 'schedule' ? '16 January' : undefined)).toBe(expected);
  });
});

const ready: ReadinessInput = { headline: 'Port reopens', sectionId: 1, authorIds: [4], body: '<p>Ships return.</p>', heroImageUrl: null, heroImageAlt: '' };

describe('readinessRefusal (the publish checks)', () => {
  it.each<[string, StoryIntent, Partial<ReadinessInput>, StoryBefore, string[]]>([
    ['a draft saves with nothing in place', 'save', { headline: '', sectionId: null, authorIds: [], body: '' }, before('draft'), []],
    ['autosave never asks', 'autosave', { sectionId: null, authorIds: [] }, before('in_review'), []],
    ['a ready story publishes', 'publish', {}, before('in_review'), []],
    ['publishing needs a section', 'publish', { sectionId: null }, before('draft'), ['sectionId']],
    ['publishing needs a byline', 'publish', { authorIds: [] }, before('draft'), ['authorIds']],
    ['publishing needs a body', 'publish', { body: '<p> </p><p>&nbsp;</p>' }, before('draft'), ['body']],
    ['an image alone is a body', 'publish', { body: '<figure><img src="/media/a.webp" alt="x"></figure>' }, before('draft'), []],
    ['a hero needs alt text', 'publish', { heroImageUrl: '/media/a.webp', heroImageAlt: ' ' }, before('draft'), ['heroImageAlt']],
    ['no hero, no alt text needed', 'publish', { heroImageUrl: null, heroImageAlt: '' }, before('draft'), []],
    ['scheduling asks the same', 'schedule', { headline: '', sectionId: null, authorIds: [], body: '' }, null, ['headline', 'sectionId', 'authorIds', 'body']],
    ['submitting asks for all but the byline', 'submit', { headline: '', sectionId: null, authorIds: [], body: '', heroImageUrl: '/media/a.webp' }, before('changes_requested'), ['headline', 'sectionId', 'body', 'heroImageAlt']],
    ['a save of a live story keeps it complete', 'save', { sectionId: null }, before('published', EARLIER), ['sectionId']],
    ['a save of a scheduled story too', 'save', { authorIds: [] }, before('scheduled', LATER), ['authorIds']],
    ['unpublishing asks nothing', 'unpublish', { authorIds: [] }, before('published', EARLIER), []],
  ])('%s', (_name, intent, story, prior, fields) => {
    const refusal = readinessRefusal(intent, { ...ready, ...story }, prior);
    expect(Object.keys(refusal?.errors ?? {})).toEqual(fields);
    if (fields.length) expect(refusal?.message).toMatch(/^Not \w+: some fields need attention\.$/);
  });

  it('says why beside the field', () => {
    expect(readinessRefusal('publish', { ...ready, sectionId: null }, null)?.errors?.sectionId).toEqual(['Pick a section before it is published.']);
    expect(readinessRefusal('publish', { ...ready, authorIds: [] }, null)?.errors?.authorIds?.[0]).toContain('wire or agency');
  });
});

describe('displayStatus', () => {
  it.each<[string, NonNullable<StoryBefore>['status'], number | null, string]>([
    ['a scheduled story whose time has come reads Published', 'scheduled', NOW - HOUR, 'published'],
    ['at the very minute too', 'scheduled', NOW, 'published'],
    ['a story scheduled for later stays Scheduled', 'scheduled', LATER, 'scheduled'],
    ['every other status is itself', 'changes_requested', null, 'changes_requested'],
    ['an unpublished story with a past date stays Unpublished', 'unpublished', EARLIER, 'unpublished'],
  ])('%s', (_name, status, publishedAt, expected) => {
    expect(displayStatus({ status, publishedAt }, NOW)).toBe(expected);
  });
});

describe('sendBackRefusal', () => {
  it('sends back only a story in review', () => {
    expect(sendBackRefusal('in_review')).toBeNull();
    for (const status of ['draft', 'changes_requested', 'scheduled', 'published', 'unpublished'] as const) expect(sendBackRefusal(status)).toContain('Only a story in the review queue');
  });
});
