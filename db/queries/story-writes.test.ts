import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeAuthor, makeSection, makeUser, storyContent } from '@/test/factories';
import { db, first } from '../client';
import { articles, slugRedirects, tags } from '../schema';
import { listRevisions } from './revisions';
import { getStoryForEditor, listStoriesForStaff } from './stories';
import { writeStory, type StoryContent } from './story-writes';

const content = (over: Partial<StoryContent>): StoryContent => storyContent({ sectionId: 0, ...over });
const draft = { status: 'draft' as const, publishedAt: null, updatedAt: null };

describe('writeStory', () => {
  it('creates a story with sanitized body, plain text, generated slug, new tags and a first revision', async () => {
    const section = await makeSection();
    const user = await makeUser('journalist');
    const r = await writeStory(user.id, null, 0, content({ sectionId: section.id, headline: 'Oil Prices Rise', body: '<p onclick="x()">Hi <script>x</script><b>there</b></p>', newTags: 'Crude oil' }), draft, 'Saved');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = (await db.select().from(articles).where(eq(articles.id, r.id)).then(first))!;
    expect(row.slug).toBe('oil-prices-rise');
    expect(row.body).toBe('<p>Hi <strong>there</strong></p>');
    expect(row.bodyText).toBe('Hi there');
    expect(await db.select().from(tags).where(eq(tags.slug, 'crude-oil')).then(first)).toBeDefined();
    expect((await listRevisions(r.id)).map((v) => v.version)).toEqual([1]);
  });

  it('refuses a body that nests too deeply or outgrows the cap once sanitized, writing nothing', async () => {
    const section = await makeSection();
    const user = await makeUser('journalist');
    const count = async () => (await db.select({ id: articles.id }).from(articles)).length;
    const before = await count();
    const deep = await writeStory(user.id, null, 0, content({ sectionId: section.id, body: '<blockquote>'.repeat(30_000) }), draft, 'Saved');
    expect(deep).toMatchObject({ ok: false, kind: 'fields', errors: { body: [expect.stringMatching(/nests too deeply/)] } });
    const grown = await writeStory(user.id, null, 0, content({ sectionId: section.id, body: '<b>x</b>'.repeat(50_000) }), draft, 'Saved');
    expect(grown).toMatchObject({ ok: false, kind: 'fields', errors: { body: [expect.stringMatching(/too long/)] } });
    expect(await count()).toBe(before);
  });

  it('refuses a stale version and writes nothing', async () => {
    const section = await makeSection();
    const user = await makeUser('journalist');
    const first = await writeStory(user.id, null, 0, content({ sectionId: section.id }), draft, 'Saved');
    if (!first.ok) throw new Error('setup');
    const second = await writeStory(user.id, first.id, 1, content({ sectionId: section.id, headline: 'Second' }), draft, 'Saved');
    expect(second).toMatchObject({ ok: true, version: 2 });
    const stale = await writeStory(user.id, first.id, 1, content({ sectionId: section.id, headline: 'Stale' }), draft, 'Saved');
    expect(stale).toMatchObject({ ok: false, kind: 'stale', current: { version: 2, by: user.name } });
    expect((await getStoryForEditor(first.id))?.headline).toBe('Second');
    expect(await listRevisions(first.id)).toHaveLength(2);
  });

  it('reports a duplicate slug, an unknown section or author as field errors and rolls back new tags', async () => {
    const section = await makeSection();
    const user = await makeUser('journalist');
    await writeStory(user.id, null, 0, content({ sectionId: section.id, slug: 'taken' }), draft, 'Saved');
    expect(await writeStory(user.id, null, 0, content({ sectionId: section.id, slug: 'taken', newTags: 'Ghost tag' }), draft, 'Saved')).toMatchObject({ ok: false, kind: 'fields', errors: { slug: [expect.any(String)] } });
    expect(await db.select().from(tags).where(eq(tags.slug, 'ghost-tag')).then(first)).toBeUndefined();
    expect(await writeStory(user.id, null, 0, content({ sectionId: 999_999 }), draft, 'Saved')).toMatchObject({ ok: false, kind: 'fields', errors: { sectionId: [expect.any(String)] } });
    expect(await writeStory(user.id, null, 0, content({ sectionId: section.id, authorIds: [999_999] }), draft, 'Saved')).toMatchObject({ ok: false, kind: 'fields' });
  });

  it('a generated slug gets a number instead of failing', async () => {
    const section = await makeSection();
    const user = await makeUser('journalist');
    await writeStory(user.id, null, 0, content({ sectionId: section.id, headline: 'Same words' }), draft, 'Saved');
    const r = await writeStory(user.id, null, 0, content({ sectionId: section.id, headline: 'Same words' }), draft, 'Saved');
    expect(r).toMatchObject({ ok: true, slug: 'same-words-2' });
  });

  it('records a redirect when a published story changes its slug', async () => {
    const section = await makeSection();
    const user = await makeUser('editor');
    const live = { status: 'published' as const, publishedAt: new Date(Date.now() - 1000), updatedAt: new Date(Date.now() - 1000) };
    const r = await writeStory(user.id, null, 0, content({ sectionId: section.id, slug: 'old-address' }), live, 'Published');
    if (!r.ok) throw new Error('setup');
    await writeStory(user.id, r.id, 1, content({ sectionId: section.id, slug: 'new-address' }), live, 'Updated');
    expect(await db.select().from(slugRedirects).where(eq(slugRedirects.oldSlug, 'old-address')).then(first)).toMatchObject({ kind: 'article', targetId: r.id });
  });

  it('scopes a contributor’s list to own stories, bylines included', async () => {
    const section = await makeSection();
    const author = await makeAuthor();
    const contributor = await makeUser('contributor', { authorId: author.id });
    const other = await makeUser('journalist');
    const mine = await writeStory(contributor.id, null, 0, content({ sectionId: section.id, headline: 'Mine by creation' }), draft, 'Saved');
    const byline = await writeStory(other.id, null, 0, content({ sectionId: section.id, headline: 'Mine by byline', authorIds: [author.id] }), draft, 'Saved');
    await writeStory(other.id, null, 0, content({ sectionId: section.id, headline: 'Not mine' }), draft, 'Saved');
    const actor = { id: contributor.id, role: 'contributor' as const, authorId: author.id };
    const ids = (await listStoriesForStaff(actor, { mine: false })).map((s) => s.id);
    expect(ids.sort()).toEqual([mine.ok && mine.id, byline.ok && byline.id].sort());
  });
});
