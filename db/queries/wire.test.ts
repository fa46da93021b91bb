import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { nextState, type StoryBefore, type WorkflowInput } from '@/lib/workflow';
import { WIRE_DEFAULTS, type WireFields } from '@/lib/validation/wire';
import { makeAuthor, makeSection, makeUser, resetContent, storyContent } from '@/test/factories';
import type { StoryIntent } from '@/lib/validation/story';
import { db, first } from '../client';
import { articles, auditLog } from '../schema';
import { addStoryNote, writeStory, type StoryContent } from './story-writes';
import { unpublishStory } from './story-bulk';
import { getKilledStory, killStory, liftEmbargo } from './wire-actions';
import { listLatestWireVersionsBefore, listWireVersions, readLatestWireVersion, readWireVersion } from './wire';

const HOUR = 3_600_000;

type Saved = { id: number; version: number };

/** The save action's steps without the form: the workflow's next state, then the write. */
async function save(actorId: number, story: Saved | null, intent: StoryIntent, content: StoryContent, flow: Partial<WorkflowInput> = {}, now = Date.now()) {
  const before = story ? await db.select().from(articles).where(eq(articles.id, story.id)).then(first) : null;
  const prior: StoryBefore = before
    ? { status: before.status, publishedAt: before.publishedAt?.getTime() ?? null, updatedAt: before.updatedAt?.getTime() ?? null, embargoUntil: before.embargoUntil?.getTime() ?? null, wireStatus: before.wireStatus }
    : null;
  const input: WorkflowInput = { publishAt: null, ...flow };
  const state = nextState(intent, input, prior, now);
  const result = await writeStory(actorId, story?.id ?? null, story?.version ?? 0, content, state, intent, undefined, { changeKind: input.changeKind, timeZone: 'UTC' });
  if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result)}`);
  return { id: result.id, version: result.version };
}

const wire = (over: Partial<WireFields>): WireFields => ({ ...WIRE_DEFAULTS, ...over });

describe('the wire version chain', () => {
  beforeEach(resetContent);

  it('writes a version on publish, substantive update, correction, withhold and kill, none on a minor fix, and keeps each one', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection({ slug: 'politics' });
    const author = await makeAuthor();
    const base = storyContent({ sectionId: section.id, authorIds: [author.id], headline: 'Port strike begins', wire: wire({ slugline: 'PORTS-STRIKE/', urgency: 2, ednote: 'Embargoed figures inside' }) });

    let story = await save(editor.id, null, 'save', base);
    expect(await listWireVersions(story.id)).toEqual([]);

    story = await save(editor.id, story, 'publish', base);
    story = await save(editor.id, story, 'save', { ...base, body: '<p>Body, typo fixed</p>' }, { changeKind: 'minor' });
    story = await save(editor.id, story, 'publish', { ...base, headline: 'Port strike spreads' }, { changeKind: 'substantive' });
    story = await save(editor.id, story, 'save', { ...base, headline: 'Port strike spreads', correctionNote: 'An earlier version misnamed the port.' }, { changeKind: 'minor' });
    await addStoryNote(editor.id, story.id, 'correction', 'The strike began on Monday, not Sunday.');
    story = (await db.select({ id: articles.id, version: articles.version }).from(articles).where(eq(articles.id, story.id)).then(first))!;
    story = await save(editor.id, story, 'unpublish', { ...base, headline: 'Port strike spreads' });
    story = await save(editor.id, story, 'publish', { ...base, headline: 'Port strike spreads' });
    const killed = await killStory(editor.id, story.id, 'Legal: the strike figures were wrong.');
    expect(killed).toMatchObject({ ok: true, version: 7 });

    const chain = await listWireVersions(story.id);
    expect(chain.map((v) => [v.version, v.change, v.pubstatus])).toEqual([
      [1, 'publish', 'usable'],
      [2, 'update', 'usable'],
      [3, 'correction', 'usable'],
      [4, 'correction', 'usable'],
      [5, 'withhold', 'withheld'],
      [6, 'publish', 'usable'],
      [7, 'kill', 'canceled'],
    ]);
    // Every version keeps its own snapshot: the first still has the first headline.
    expect((await readWireVersion(story.id, 1))?.item).toMatchObject({ headline: 'Port strike begins', slugline: 'PORTS-STRIKE/', urgency: 2, ednote: 'Embargoed figures inside', uri: `urn:meridianwire:item:${story.id}` });
    expect((await readWireVersion(story.id, 2))?.item.headline).toBe('Port strike spreads');
    expect((await readWireVersion(story.id, 4))?.item.notes).toEqual([expect.objectContaining({ kind: 'correction', body: 'The strike began on Monday, not Sunday.' })]);
    // The item's first creation stays that of version 1; section topics fill in when none were picked.
    const v1 = chain[0]!;
    expect(chain.every((v) => v.item.firstCreatedAt === v1.availableAt)).toBe(true);
    expect(v1.item.mediaTopics).toEqual(['medtop:11000000']);
    // A killed item answers its canceled version, with the reason, and its address is gone.
    expect(await readLatestWireVersion(story.id)).toMatchObject({ version: 7, pubstatus: 'canceled', item: { killReason: 'Legal: the strike figures were wrong.' } });
    const row = await db.select().from(articles).where(eq(articles.id, story.id)).then(first);
    expect(row).toMatchObject({ status: 'unpublished', wireStatus: 'canceled', wireVersion: 7 });
    expect(await getKilledStory(row!.slug)).not.toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'story.kill'));
    expect(audit).toEqual([expect.objectContaining({ actorId: editor.id, targetId: story.id, details: expect.objectContaining({ reason: 'Legal: the strike figures were wrong.' }) })]);
    // Killed for good: a second kill is refused and writes nothing.
    expect(await killStory(editor.id, story.id, 'Again')).toEqual({ ok: false, message: expect.any(String) });
    expect(await listWireVersions(story.id)).toHaveLength(7);
  });

  it('takes a story withheld from the story list as a withheld version, and never versions a story that did not go out', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const out = await save(editor.id, null, 'publish', storyContent({ sectionId: section.id, headline: 'Out' }));
    expect(await unpublishStory(editor.id, out.id)).toBe(true);
    expect((await listWireVersions(out.id)).map((v) => v.pubstatus)).toEqual(['usable', 'withheld']);
    const draft = await save(editor.id, null, 'save', storyContent({ sectionId: section.id, headline: 'Never out' }));
    expect(await killStory(editor.id, draft.id, 'No reason')).toEqual({ ok: false, message: expect.stringContaining('never went out') });
    expect(await listWireVersions(draft.id)).toEqual([]);
  });

  it('makes a scheduled story’s versions available at its time, and lists items newest first by the time they became available', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const now = Date.now();
    const later = await save(editor.id, null, 'schedule', storyContent({ sectionId: section.id, headline: 'Later' }), { publishAt: new Date(now + HOUR) }, now);
    const soon = await save(editor.id, null, 'publish', storyContent({ sectionId: section.id, headline: 'Now' }), {}, now);
    const after = Date.now();
    expect(await readLatestWireVersion(later.id, after)).toBeNull();
    expect((await readLatestWireVersion(later.id, now + HOUR))?.availableAt).toBe(now + HOUR);
    const list = (opts: { after: { at: number; itemId: number } | null }, at: number) => listLatestWireVersionsBefore({ before: null, limit: 10, ...opts }, at);
    expect((await list({ after: null }, after)).map((v) => v.articleId)).toEqual([soon.id]);
    const first = (await list({ after: null }, after))[0]!;
    expect((await list({ after: { at: first.availableAt, itemId: first.articleId } }, now + HOUR)).map((v) => v.articleId)).toEqual([later.id]);
  });

  it('refuses a slugline another story of the same day has, beside the field, and writes nothing', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    await save(editor.id, null, 'publish', storyContent({ sectionId: section.id, headline: 'First', wire: wire({ slugline: 'VENEZUELA-RUSSIA/' }) }));
    const state = { status: 'draft' as const, publishedAt: null, updatedAt: null };
    const second = await writeStory(editor.id, null, 0, storyContent({ sectionId: section.id, headline: 'Second', wire: wire({ slugline: 'VENEZUELA-RUSSIA/' }) }), state, 'Saved', undefined, { timeZone: 'UTC' });
    expect(second).toMatchObject({ ok: false, kind: 'fields', errors: { slugline: [expect.stringContaining('First')] } });
    expect(await db.select({ id: articles.id }).from(articles).where(eq(articles.headline, 'Second'))).toEqual([]);
    // Another day's story may carry it again.
    const tomorrow = { status: 'scheduled' as const, publishedAt: new Date(Date.now() + 48 * HOUR), updatedAt: null };
    expect(await writeStory(editor.id, null, 0, storyContent({ sectionId: section.id, headline: 'Third', wire: wire({ slugline: 'VENEZUELA-RUSSIA/' }) }), tomorrow, 'Scheduled', undefined, { timeZone: 'UTC' })).toMatchObject({ ok: true });
  });
});

describe('an embargo', () => {
  beforeEach(resetContent);

  it('goes out to clients at once, marked embargoed, and an early lift is a version of its own, audited', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const now = Date.now();
    const until = now + HOUR;
    let story = await save(editor.id, null, 'publish', storyContent({ sectionId: section.id, headline: 'Rates decision', wire: wire({ embargoUntil: new Date(until), embargoNote: 'Not before the press conference' }) }), { embargoUntil: new Date(until) }, now);
    const row = await db.select().from(articles).where(eq(articles.id, story.id)).then(first);
    expect(row).toMatchObject({ status: 'published', publishedAt: new Date(until), embargoUntil: new Date(until) });
    const sent = await readLatestWireVersion(story.id);
    expect(sent).toMatchObject({ version: 1, pubstatus: 'usable', embargoed: until, item: { embargoNote: 'Not before the press conference' } });
    expect(sent!.availableAt).toBeLessThan(until);
    // An update before the lift keeps the embargo, for readers and for clients.
    story = await save(editor.id, story, 'publish', storyContent({ sectionId: section.id, headline: 'Rates decision: 50 points' }), { changeKind: 'substantive' });
    expect(await readLatestWireVersion(story.id)).toMatchObject({ version: 2, change: 'update', embargoed: until, item: { headline: 'Rates decision: 50 points' } });
    expect(await db.select().from(articles).where(eq(articles.id, story.id)).then(first)).toMatchObject({ publishedAt: new Date(until), embargoUntil: new Date(until) });
    const liftAt = Date.now() + 1000;
    const lifted = await liftEmbargo(editor.id, story.id, liftAt);
    expect(lifted).toMatchObject({ ok: true, version: 3 });
    expect(await readLatestWireVersion(story.id, liftAt)).toMatchObject({ version: 3, change: 'lift', embargoed: null });
    expect(await db.select().from(articles).where(eq(articles.id, story.id)).then(first)).toMatchObject({ publishedAt: new Date(liftAt), embargoUntil: null });
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'story.embargo_lift'))).toHaveLength(1);
    expect(await liftEmbargo(editor.id, story.id, liftAt + 1000)).toEqual({ ok: false, message: expect.any(String) });
  });
});
