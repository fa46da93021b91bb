import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { makeArticle, makeAuthor, makeSection, makeUser } from '@/test/factories';
import { db, first, transaction } from '../client';
import { articleRevisions, articles } from '../schema';
import { getRevision } from './revisions';
import { writeStory } from './story-writes';

// A snapshot as the first editor wrote it: no hero caption or credit, no SEO fields, no note, and
// a key the story shape has since dropped.
const OLD_SHAPE = (sectionId: number, authorId: number) => ({
  headline: 'The old headline',
  dek: 'Old dek',
  body: '<p>Old body</p>',
  slug: 'the-old-headline',
  sectionId,
  status: 'published',
  publishedAt: 1_700_000_000_000,
  heroImageUrl: null,
  heroImageAlt: '',
  authorIds: [authorId],
  tagIds: [],
  byline: 'Legacy byline text',
});

describe('revision snapshots', () => {
  it('reads an old-shape snapshot with defaults and restores it', async () => {
    const section = await makeSection();
    const author = await makeAuthor();
    const user = await makeUser('editor');
    const story = await makeArticle({ sectionId: section.id, authorIds: [author.id], status: 'draft' });
    await transaction((tx) => tx.insert(articleRevisions).values({ articleId: story.id, version: 1, snapshot: OLD_SHAPE(section.id, author.id), createdById: user.id }));

    const revision = await getRevision(story.id, 1);
    const { byline: _dropped, ...known } = OLD_SHAPE(section.id, author.id);
    const added = { heroImageCaption: '', heroImageCredit: '', sourceName: null, sourceUrl: null, seoTitle: null, seoDescription: null, correctionNote: null };
    expect(revision?.snapshot).toEqual({ ...known, ...added });

    const restored = await writeStory(user.id, story.id, story.version, { ...revision!.snapshot, newTags: '' }, { status: 'draft', publishedAt: null, updatedAt: null }, 'Restored version 1');
    expect(restored).toMatchObject({ ok: true, slug: 'the-old-headline' });
    const row = await db.select().from(articles).where(eq(articles.id, story.id)).then(first)!;
    expect(row).toMatchObject({ headline: 'The old headline', heroImageCaption: '', seoTitle: null });
  });

  it('treats a snapshot without the fields a story needs as unreadable, not as a story', async () => {
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id, status: 'draft' });
    await transaction((tx) => tx.insert(articleRevisions).values({ articleId: story.id, version: 1, snapshot: { body: '<p>only a body</p>' } }));
    expect(await getRevision(story.id, 1)).toBeNull();
  });
});
