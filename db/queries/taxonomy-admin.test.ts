import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first } from '@/db/client';
import { articleTags, tags } from '@/db/schema';
import { makeArticle, makeSection, makeTag, makeUser } from '@/test/factories';
import { listAudit } from './audit';
import { findRedirectTarget } from './taxonomy';
import { createSection, deleteSection, deleteUnusedTag, listSectionsForAdmin, listTagsForAdmin, mergeTags, updateSection, updateTagRecord } from './taxonomy-admin';

describe('sections', () => {
  it('slug changes leave redirects; reserved and duplicate slugs are refused; sections with stories stay', async () => {
    const ed = await makeUser('editor');
    const s = await makeSection({ slug: 'old-section' });
    await makeSection({ slug: 'busy' });
    expect((await updateSection(ed.id, s.id, { name: 'N', slug: 'busy', description: '', position: 1 })).ok).toBe(false);
    expect((await createSection(ed.id, { name: 'Admin', slug: 'admin', description: '', position: 9 })).ok).toBe(false);
    expect((await updateSection(ed.id, s.id, { name: 'New', slug: 'new-section', description: 'd', position: 3 })).ok).toBe(true);
    expect(await findRedirectTarget('section', 'old-section')).toBe(s.id);
    await makeArticle({ sectionId: s.id });
    expect((await deleteSection(ed.id, s.id)).ok).toBe(false);
    const empty = await createSection(ed.id, { name: 'Empty', slug: 'empty-section', description: '', position: 9 });
    expect(empty.ok && (await deleteSection(ed.id, empty.value!.id)).ok).toBe(true);
    // Every change readers see is in the audit log, with the names before and after; refusals are not.
    const log = (await listAudit({ actorId: ed.id, page: 1 })).items.reverse();
    expect(log.map((r) => [r.action, r.details])).toEqual([
      ['section.update', { name: 'New', fromName: s.name, slug: 'new-section', fromSlug: 'old-section', changed: ['description', 'order'] }],
      ['section.create', { name: 'Empty', slug: 'empty-section' }],
      ['section.delete', { name: 'Empty', slug: 'empty-section' }],
    ]);
  });
});

describe('section counts', () => {
  it('count every story in the section, and separately those readers see now (published, or scheduled and due)', async () => {
    const s = await makeSection();
    const other = await makeSection();
    const empty = await makeSection();
    const hour = 3_600_000;
    for (const status of ['draft', 'in_review', 'published', 'published', 'unpublished'] as const) await makeArticle({ sectionId: s.id, status });
    await makeArticle({ sectionId: s.id, status: 'scheduled', publishedAt: Date.now() - hour });
    await makeArticle({ sectionId: s.id, status: 'scheduled', publishedAt: Date.now() + hour });
    await makeArticle({ sectionId: other.id, status: 'published' });
    const rows = new Map((await listSectionsForAdmin()).map((r) => [r.id, r]));
    expect(rows.get(s.id)).toMatchObject({ storyCount: 7, liveCount: 3 });
    expect(rows.get(other.id)).toMatchObject({ storyCount: 1, liveCount: 1 });
    // Numbers on both engines (PostgreSQL's count is a bigint): the screen compares with 0.
    expect(rows.get(empty.id)).toMatchObject({ storyCount: 0, liveCount: 0 });
    const tag = await makeTag();
    expect((await listTagsForAdmin()).find((t) => t.id === tag.id)?.storyCount).toBe(0);
  });
});

describe('tags', () => {
  it('rename redirects; merge moves stories without duplicates; only unused tags are deleted; all audited', async () => {
    const ed = await makeUser('editor');
    const section = await makeSection();
    const a = await makeTag({ slug: 'tag-a' });
    const b = await makeTag({ slug: 'tag-b' });
    const s1 = await makeArticle({ sectionId: section.id, tagIds: [a.id] });
    const s2 = await makeArticle({ sectionId: section.id, tagIds: [a.id, b.id] });
    expect((await updateTagRecord(ed.id, a.id, { name: 'A', slug: 'tag-a2', description: '' })).ok).toBe(true);
    expect(await findRedirectTarget('tag', 'tag-a')).toBe(a.id);
    expect((await deleteUnusedTag(ed.id, a.id)).ok).toBe(false);
    expect((await mergeTags(ed.id, a.id, b.id)).ok).toBe(true);
    expect(await db.select().from(tags).where(eq(tags.id, a.id)).then(first)).toBeUndefined();
    // Moved rows keep the listing keys (filled by the insert trigger) so the tag page lists them.
    for (const s of [s1, s2]) {
      expect(await db.select({ articleId: articleTags.articleId, tagId: articleTags.tagId, listed: articleTags.listed }).from(articleTags).where(eq(articleTags.articleId, s.id))).toEqual([
        { articleId: s.id, tagId: b.id, listed: true },
      ]);
    }
    expect(await findRedirectTarget('tag', 'tag-a')).toBe(b.id);
    expect(await findRedirectTarget('tag', 'tag-a2')).toBe(b.id);
    const unused = await makeTag();
    expect((await deleteUnusedTag(ed.id, unused.id)).ok).toBe(true);
    const log = (await listAudit({ actorId: ed.id, page: 1 })).items.reverse();
    expect(log.map((r) => [r.action, r.details])).toEqual([
      ['tag.update', { name: 'A', fromName: a.name, slug: 'tag-a2', fromSlug: 'tag-a', changed: [] }],
      ['tag.merge', { from: 'tag-a2', into: 'tag-b' }],
      ['tag.delete', { name: unused.name, slug: unused.slug }],
    ]);
  });
});
