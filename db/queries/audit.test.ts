import { describe, expect, it } from 'vitest';
import { transaction } from '@/db/client';
import { makeArticle, makeAuthor, makeSection, makeUser } from '@/test/factories';
import { AUDIT_PAGE_SIZE, listAudit, recordAudit } from './audit';
import { addStoryNote, deleteStory, writeStory, type StoryContent } from './story-writes';
import { updateOwnProfile } from './users';

const blank = { dek: '', slug: 'port-strike', tagIds: [], newTags: '', heroImageUrl: null, heroImageAlt: '', heroImageCaption: '', heroImageCredit: '' };
const story = (over: Partial<StoryContent> & { sectionId: number; authorIds: number[] }): StoryContent =>
  ({ headline: 'Port strike ends', body: '<p>Dockers return.</p>', sourceName: null, sourceUrl: null, seoTitle: null, seoDescription: null, correctionNote: null, ...blank, ...over });

describe('audit log', () => {
  it('records a story deletion with who did it, in the same transaction', async () => {
    const editor = await makeUser('editor');
    const story = await makeArticle({ sectionId: (await makeSection()).id, headline: 'Gone tomorrow' });
    await deleteStory(story.id, editor.id);
    const { items } = await listAudit({ action: 'story.delete', page: 1 });
    expect(items[0]).toMatchObject({ action: 'story.delete', targetId: story.id, actorName: editor.name, details: { headline: 'Gone tomorrow', status: 'published' } });
  });

  it('records every change readers see to a live story: publish, edits (naming the fields), notes; not draft work', async () => {
    const writer = await makeUser('journalist');
    const section = await makeSection();
    const author = await makeAuthor();
    const live = { status: 'published' as const, publishedAt: new Date(Date.now() - 60_000), updatedAt: null };
    const draft = { status: 'draft' as const, publishedAt: null, updatedAt: null };
    const v1 = await writeStory(writer.id, null, 0, story({ sectionId: section.id, authorIds: [] }), draft, 'Saved');
    if (!v1.ok) throw new Error('draft not saved');
    const v2 = await writeStory(writer.id, v1.id, v1.version, story({ sectionId: section.id, authorIds: [], body: '<p>Still a draft.</p>' }), draft, 'Saved');
    const v3 = await writeStory(writer.id, v1.id, v1.version + 1, story({ sectionId: section.id, authorIds: [author.id] }), live, 'Published');
    const v4 = await writeStory(writer.id, v1.id, v1.version + 2, story({ sectionId: section.id, authorIds: [author.id], headline: 'Port strike is over', body: '<p>All back.</p>' }), live, 'Updated');
    // Saving the same text again changes nothing readers see.
    const v5 = await writeStory(writer.id, v1.id, v1.version + 3, story({ sectionId: section.id, authorIds: [author.id], headline: 'Port strike is over', body: '<p>All back.</p>' }), live, 'Updated');
    expect([v2.ok, v3.ok, v4.ok, v5.ok]).toEqual([true, true, true, true]);
    await addStoryNote(writer.id, v1.id, 'correction', 'An earlier version misnamed the port.');
    const { items } = await listAudit({ actorId: writer.id, page: 1 });
    expect(items.reverse().map((r) => [r.action, r.details])).toEqual([
      ['story.publish', { headline: 'Port strike ends', status: 'published' }],
      ['story.update', { headline: 'Port strike is over', changed: ['headline', 'body'] }],
      ['story.note', { headline: 'Port strike is over', kind: 'correction', body: 'An earlier version misnamed the port.' }],
    ]);
  });

  it('records edits of a public profile made from the account’s own profile form', async () => {
    const author = await makeAuthor({ name: 'Omar Haddad' });
    const user = await makeUser('journalist', { name: 'Omar Haddad', authorId: author.id });
    await updateOwnProfile(user.id, { name: 'Omar K. Haddad', bio: author.bio, links: [], photoUrl: '/media/omar.webp' });
    await updateOwnProfile(user.id, { name: 'Omar K. Haddad', bio: author.bio, links: [], photoUrl: '/media/omar.webp' });
    const { items } = await listAudit({ actorId: user.id, page: 1 });
    expect(items.map((r) => [r.action, r.targetName, r.details])).toEqual([
      ['author.update', 'Omar K. Haddad', { name: 'Omar K. Haddad', fromName: 'Omar Haddad', slug: author.slug, fromSlug: author.slug, changed: ['photo'] }],
    ]);
  });

  it('filters by action, actor and date range and pages newest first', async () => {
    const a = await makeUser('admin');
    const b = await makeUser('admin');
    const day = (d: number) => new Date(Date.UTC(2031, 0, d));
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await transaction((tx) => recordAudit(tx, { actorId: a.id, action: 'settings.update', targetType: 'settings', at: day(1 + (i % 20)) }));
    await transaction((tx) => recordAudit(tx, { actorId: b.id, action: 'staff.role', targetType: 'user', targetId: a.id, at: day(25) }));
    const first = await listAudit({ actorId: a.id, page: 1 });
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 5);
    expect(first.pageCount).toBe(2);
    expect(first.items[0]!.at).toBeGreaterThanOrEqual(first.items[1]!.at);
    expect((await listAudit({ actorId: a.id, page: 2 })).items).toHaveLength(5);
    expect((await listAudit({ actorId: b.id, page: 1 })).items.map((r) => r.action)).toEqual(['staff.role']);
    expect((await listAudit({ actorId: a.id, from: day(20), to: day(21), page: 1 })).total).toBe(2);
  });
});
