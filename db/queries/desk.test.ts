import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { displayStatus } from '@/lib/workflow';
import { makeArticle, makeAuthor, makeSection, makeUser, resetContent } from '@/test/factories';
import { db, first, transaction } from '../client';
import { articles, auditLog } from '../schema';
import { countReviewQueue, sendBackStory } from './review';
import { moveStorySection, unpublishStory } from './story-bulk';
import { countStoriesByStatus, getStoryForEditor, listStoriesForStaff } from './stories';
import { writeStory } from './story-writes';

const HOUR = 3_600_000;

describe('the desk’s queries', () => {
  beforeEach(resetContent);

  it('show a scheduled story that has gone live as published, in lists, filters and counts (same rule as displayStatus)', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const due = await makeArticle({ sectionId: section.id, status: 'scheduled', publishedAt: Date.now() - HOUR });
    const ahead = await makeArticle({ sectionId: section.id, status: 'scheduled', publishedAt: Date.now() + HOUR });
    const list = await listStoriesForStaff(editor, { mine: false });
    const byId = new Map(list.map((s) => [s.id, s.status]));
    expect(byId.get(due.id)).toBe('published');
    expect(byId.get(ahead.id)).toBe('scheduled');
    for (const row of [due, ahead]) expect(byId.get(row.id)).toBe(displayStatus({ status: row.status, publishedAt: row.publishedAt!.getTime() }));
    expect((await listStoriesForStaff(editor, { mine: false, status: 'published' })).map((s) => s.id)).toEqual([due.id]);
    expect((await listStoriesForStaff(editor, { mine: false, status: 'scheduled' })).map((s) => s.id)).toEqual([ahead.id]);
    expect(await countStoriesByStatus(editor, false)).toMatchObject({ published: 1, scheduled: 1, changes_requested: 0 });
  });

  it('filter by section, author and date of last change', async () => {
    const editor = await makeUser('editor');
    const [a, b] = [await makeSection(), await makeSection()];
    const author = await makeAuthor();
    const one = await makeArticle({ sectionId: a.id, authorIds: [author.id] });
    const two = await makeArticle({ sectionId: b.id });
    expect((await listStoriesForStaff(editor, { mine: false, sectionId: b.id })).map((s) => s.id)).toEqual([two.id]);
    expect((await listStoriesForStaff(editor, { mine: false, authorId: author.id })).map((s) => s.id)).toEqual([one.id]);
    expect(await listStoriesForStaff(editor, { mine: false, from: new Date(Date.now() + HOUR) })).toEqual([]);
    expect((await listStoriesForStaff(editor, { mine: false, to: new Date(Date.now() + HOUR) })).length).toBe(2);
  });

  it('keep a draft with no section, show it in the newsroom, and never let it reach readers', async () => {
    const writer = await makeUser('journalist');
    const draft = { status: 'draft' as const, publishedAt: null, updatedAt: null };
    const content = { headline: '', dek: '', body: '<p>First lines</p>', sectionId: null, slug: '', tagIds: [], newTags: '', authorIds: [], heroImageUrl: null, heroImageAlt: '', heroImageCaption: '', heroImageCredit: '', sourceName: null, sourceUrl: null, seoTitle: null, seoDescription: null, correctionNote: null };
    const saved = await writeStory(writer.id, null, 0, content, draft, 'Autosaved');
    expect(saved).toMatchObject({ ok: true, sectionSlug: null });
    const id = saved.ok ? saved.id : 0;
    expect((await getStoryForEditor(id))).toMatchObject({ sectionId: null, sectionName: null, headline: '' });
    expect((await listStoriesForStaff(writer, { mine: true })).map((s) => [s.id, s.sectionName])).toEqual([[id, null]]);
    await expect(transaction((tx) => tx.update(articles).set({ status: 'published', publishedAt: new Date() }).where(eq(articles.id, id)))).rejects.toThrow();
  });

  it('send a story in review back with a note, once, audited; the queue count follows', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id, status: 'in_review', headline: 'Port strike' });
    expect(await countReviewQueue()).toBe(1);
    expect(await sendBackStory(editor.id, story.id, 'Add a quote from the union.')).toBe(true);
    expect(await sendBackStory(editor.id, story.id, 'Twice?')).toBe(false);
    expect(await countReviewQueue()).toBe(0);
    expect(await getStoryForEditor(story.id)).toMatchObject({ status: 'changes_requested', reviewNote: 'Add a quote from the union.', reviewNoteBy: editor.name });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'story.changes_requested'));
    expect(entry).toMatchObject({ actorId: editor.id, targetId: story.id, details: { headline: 'Port strike', note: 'Add a quote from the union.' } });
  });

  it('bulk writes check the state they depend on and audit each story', async () => {
    const editor = await makeUser('editor');
    const [a, b] = [await makeSection(), await makeSection()];
    const live = await makeArticle({ sectionId: a.id });
    const draft = await makeArticle({ sectionId: a.id, status: 'draft' });
    expect(await unpublishStory(editor.id, live.id)).toBe(true);
    expect(await unpublishStory(editor.id, draft.id)).toBe(false);
    expect(await moveStorySection(editor.id, draft.id, b.id)).toBe(true);
    expect(await db.select({ s: articles.sectionId, v: articles.version }).from(articles).where(eq(articles.id, draft.id)).then(first)).toEqual({ s: b.id, v: 2 });
    const audited = (await db.select({ action: auditLog.action, target: auditLog.targetId }).from(auditLog)).filter((r) => r.target === live.id || r.target === draft.id);
    expect(audited.map((r) => `${r.action} ${r.target === live.id ? 'live' : 'draft'}`).sort()).toEqual(['story.move_section draft', 'story.unpublish live']);
  });
});
