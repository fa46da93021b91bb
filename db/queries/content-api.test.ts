import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle, makeAuthor, makeSection, resetContent } from '@/test/factories';
import { articleLastModified, contentLastModified, listApiStoriesPublished } from './content-api';

const HOUR = 3_600_000;

describe('content API queries', () => {
  beforeEach(() => resetContent());

  it('pages through visible stories only with a keyset, ties broken by id', async () => {
    const section = await makeSection();
    const other = await makeSection();
    const ana = await makeAuthor();
    const now = Date.now();
    const same = now - 2 * HOUR;
    const a = await makeArticle({ sectionId: section.id, slug: 'a', publishedAt: same, authorIds: [ana.id] });
    const b = await makeArticle({ sectionId: section.id, slug: 'b', publishedAt: same });
    await makeArticle({ sectionId: other.id, slug: 'c', publishedAt: now - HOUR, authorIds: [ana.id] });
    await makeArticle({ sectionId: section.id, slug: 'd', publishedAt: now - 3 * HOUR });
    for (const status of ['draft', 'in_review', 'unpublished'] as const) await makeArticle({ sectionId: section.id, slug: `hidden-${status}`, status, publishedAt: now - HOUR });
    await makeArticle({ sectionId: section.id, slug: 'future', status: 'scheduled', publishedAt: now + HOUR });

    const seen: string[] = [];
    let after: { publishedAt: number; id: number } | null = null;
    for (let i = 0; i < 10; i++) {
      const page = await listApiStoriesPublished({ limit: 2, after }, now);
      seen.push(...page.map((r) => r.slug));
      const last = page[page.length - 1];
      if (page.length < 2 || !last) break;
      after = { publishedAt: last.publishedAt, id: last.id };
    }
    expect(b.id).toBeGreaterThan(a.id);
    expect(seen).toEqual(['c', 'b', 'a', 'd']);
    expect((await listApiStoriesPublished({ limit: 10, sectionSlug: other.slug }, now)).map((r) => r.slug)).toEqual(['c']);
    expect((await listApiStoriesPublished({ limit: 10, authorSlug: ana.slug }, now)).map((r) => r.slug)).toEqual(['c', 'a']);
    expect((await listApiStoriesPublished({ limit: 10, authorSlug: ana.slug }, now))[0]?.authors).toEqual([{ slug: ana.slug, name: ana.name }]);
  });

  it('reports a last-modified time that moves with any change', async () => {
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id, publishedAt: Date.now() - HOUR });
    expect(await contentLastModified()).toBeGreaterThan(0);
    expect(await articleLastModified(story.id)).toBeGreaterThanOrEqual(Date.now() - HOUR);
  });
});
