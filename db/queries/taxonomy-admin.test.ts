import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first } from '@/db/client';
import { articleTags, tags } from '@/db/schema';
import { makeArticle, makeSection, makeTag } from '@/test/factories';
import { findRedirectTarget } from './taxonomy';
import { createSection, deleteSection, deleteUnusedTag, mergeTags, updateSection, updateTagRecord } from './taxonomy-admin';

describe('sections', () => {
  it('slug changes leave redirects; reserved and duplicate slugs are refused; sections with stories stay', () => {
    const s = makeSection({ slug: 'old-section' });
    makeSection({ slug: 'busy' });
    expect(updateSection(s.id, { name: 'N', slug: 'busy', description: '', position: 1 }).ok).toBe(false);
    expect(createSection({ name: 'Admin', slug: 'admin', description: '', position: 9 }).ok).toBe(false);
    expect(updateSection(s.id, { name: 'New', slug: 'new-section', description: 'd', position: 3 }).ok).toBe(true);
    expect(findRedirectTarget('section', 'old-section')).toBe(s.id);
    makeArticle({ sectionId: s.id });
    expect(deleteSection(s.id).ok).toBe(false);
    const empty = createSection({ name: 'Empty', slug: 'empty-section', description: '', position: 9 });
    expect(empty.ok && deleteSection(empty.value.id).ok).toBe(true);
  });
});

describe('tags', () => {
  it('rename redirects; merge moves stories without duplicates; only unused tags are deleted', () => {
    const section = makeSection();
    const a = makeTag({ slug: 'tag-a' });
    const b = makeTag({ slug: 'tag-b' });
    const s1 = makeArticle({ sectionId: section.id, tagIds: [a.id] });
    const s2 = makeArticle({ sectionId: section.id, tagIds: [a.id, b.id] });
    expect(updateTagRecord(a.id, { name: 'A', slug: 'tag-a2', description: '' }).ok).toBe(true);
    expect(findRedirectTarget('tag', 'tag-a')).toBe(a.id);
    expect(deleteUnusedTag(a.id).ok).toBe(false);
    expect(mergeTags(a.id, b.id).ok).toBe(true);
    expect(db.select().from(tags).where(eq(tags.id, a.id)).then(first)).toBeUndefined();
    // Moved rows keep the listing keys (filled by the insert trigger) so the tag page lists them.
    for (const s of [s1, s2]) {
      expect(db.select({ articleId: articleTags.articleId, tagId: articleTags.tagId, listed: articleTags.listed }).from(articleTags).where(eq(articleTags.articleId, s.id))).toEqual([
        { articleId: s.id, tagId: b.id, listed: true },
      ]);
    }
    expect(findRedirectTarget('tag', 'tag-a')).toBe(b.id);
    expect(findRedirectTarget('tag', 'tag-a2')).toBe(b.id);
    const unused = makeTag();
    expect(deleteUnusedTag(unused.id).ok).toBe(true);
  });
});
