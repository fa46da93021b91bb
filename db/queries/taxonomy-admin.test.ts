import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first } from '@/db/client';
import { articleTags, tags } from '@/db/schema';
import { makeArticle, makeSection, makeTag } from '@/test/factories';
import { findRedirectTarget } from './taxonomy';
import { createSection, deleteSection, deleteUnusedTag, mergeTags, updateSection, updateTagRecord } from './taxonomy-admin';

describe('sections', () => {
  it('slug changes leave redirects; reserved and duplicate slugs are refused; sections with stories stay', async () => {
    const s = await makeSection({ slug: 'old-section' });
    await makeSection({ slug: 'busy' });
    expect((await updateSection(s.id, { name: 'N', slug: 'busy', description: '', position: 1 })).ok).toBe(false);
    expect((await createSection({ name: 'Admin', slug: 'admin', description: '', position: 9 })).ok).toBe(false);
    expect((await updateSection(s.id, { name: 'New', slug: 'new-section', description: 'd', position: 3 })).ok).toBe(true);
    expect(await findRedirectTarget('section', 'old-section')).toBe(s.id);
    await makeArticle({ sectionId: s.id });
    expect((await deleteSection(s.id)).ok).toBe(false);
    const empty = await createSection({ name: 'Empty', slug: 'empty-section', description: '', position: 9 });
    expect(empty.ok && (await deleteSection(empty.value!.id)).ok).toBe(true);
  });
});

describe('tags', () => {
  it('rename redirects; merge moves stories without duplicates; only unused tags are deleted', async () => {
    const section = await makeSection();
    const a = await makeTag({ slug: 'tag-a' });
    const b = await makeTag({ slug: 'tag-b' });
    const s1 = await makeArticle({ sectionId: section.id, tagIds: [a.id] });
    const s2 = await makeArticle({ sectionId: section.id, tagIds: [a.id, b.id] });
    expect((await updateTagRecord(a.id, { name: 'A', slug: 'tag-a2', description: '' })).ok).toBe(true);
    expect(await findRedirectTarget('tag', 'tag-a')).toBe(a.id);
    expect((await deleteUnusedTag(a.id)).ok).toBe(false);
    expect((await mergeTags(a.id, b.id)).ok).toBe(true);
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
    expect((await deleteUnusedTag(unused.id)).ok).toBe(true);
  });
});
