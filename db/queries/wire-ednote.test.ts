import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleJson, articleSummaryJson } from '@/lib/api/shapes';
import { siteFeedRoute } from '@/lib/feeds/channels';
import { FEED_FORMAT_NAMES } from '@/lib/feeds/formats';
import { articleJsonLd } from '@/lib/seo';
import { defaultSettings } from '@/lib/site-settings';
import { WIRE_DEFAULTS } from '@/lib/validation/wire';
import { getWireItem } from '@/lib/wire/item';
import { makeAuthor, makeSection, makeUser, resetContent, storyContent } from '@/test/factories';
import { getPublishedArticleBySlug } from './articles';
import { listApiStoriesPublished } from './content-api';
import { listFeedStoriesPublished } from './distribution';
import { searchPublishedArticles } from './search';
import { writeStory } from './story-writes';

// The site's settings are read per request; outside one, as in lib/site-settings.test.ts.
vi.mock('next/server', () => ({ connection: async () => {} }));

const EDNOTE = 'Editors: hold for the ministry’s confirmation xq7ednote';

describe('the ednote', () => {
  beforeEach(resetContent);

  it('reaches clients and never our site, its feeds, its API, its search or its structured data', async () => {
    const editor = await makeUser('editor');
    const section = await makeSection();
    const author = await makeAuthor();
    const now = Date.now();
    const saved = await writeStory(
      editor.id,
      null,
      0,
      storyContent({ sectionId: section.id, authorIds: [author.id], headline: 'Ministry confirms budget', body: '<p>The ministry confirmed the budget.</p>', wire: { ...WIRE_DEFAULTS, ednote: EDNOTE, dateline: 'Lima' } }),
      { status: 'published', publishedAt: new Date(now - 1000), updatedAt: new Date(now - 1000) },
      'Published',
    );
    if (!saved.ok) throw new Error('not saved');
    // Clients have it: the note is in the database and on the wire.
    expect((await getWireItem(saved.id))?.ednote).toBe(EDNOTE);

    const article = await getPublishedArticleBySlug(saved.slug);
    expect(article).not.toBeNull();
    const outputs: [string, unknown][] = [
      ['reader page data', article],
      ['JSON-LD', articleJsonLd(defaultSettings, article!)],
      ...(await Promise.all(FEED_FORMAT_NAMES.map(async (format): Promise<[string, unknown]> => [`${format} feed`, await (await siteFeedRoute(format)()).text()]))),
      ['feed stories', await listFeedStoriesPublished()],
      ['content API item', articleJson(defaultSettings, article!)],
      ['content API list', (await listApiStoriesPublished({ limit: 10 })).map((r) => articleSummaryJson(defaultSettings, r))],
      ['search', await searchPublishedArticles('ministry')],
    ];
    for (const [name, output] of outputs) {
      const text = typeof output === 'string' ? output : JSON.stringify(output);
      expect(text, name).toContain('ministry');
      expect(text, name).not.toContain('xq7ednote');
    }
  });
});
