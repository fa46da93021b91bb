import { describe, expect, it } from 'vitest';
import { sqlite } from '@/db/client';
import { makeArticle, makeSection } from '@/test/factories';
import { listSitemapStoriesPublished } from './distribution';

const HOUR = 3_600_000;
// The statement drizzle builds for the sitemap/feed list, minus the join (checked for its plan).
const FEED_SQL =
  "select id from articles indexed by articles_visible_published_idx where status in ('published', 'scheduled') and published_at <= ? order by published_at desc, id desc limit 10";

describe('sitemap and feed lists on SQLite', () => {
  it('walk the partial index, newest first, without sorting', async () => {
    const section = await makeSection();
    const now = Date.now();
    await makeArticle({ sectionId: section.id, publishedAt: now - HOUR });
    await makeArticle({ sectionId: section.id, status: 'draft' });
    const plan = (sqlite().prepare(`explain query plan ${FEED_SQL}`).all(Date.now()) as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan).toContain('articles_visible_published_idx');
    expect(plan).not.toContain('TEMP B-TREE');
    expect((await listSitemapStoriesPublished(10))[0]?.lastmod).toBeGreaterThan(0);
  });
});
