import { beforeEach, describe, expect, it } from 'vitest';
import { makeArticle, makeSection, makeUser, resetContent } from '@/test/factories';
import { leaveStoryPresence, PRESENCE_FRESH_MS, touchStoryPresence } from './presence';

const T0 = 1_900_000_000_000;

describe('who else has a story open', () => {
  beforeEach(resetContent);

  it('names the others who reported recently, never the one asking', async () => {
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id, status: 'draft' });
    const elena = await makeUser('editor', { name: 'Elena Duarte' });
    const ricardo = await makeUser('journalist', { name: 'Ricardo Mendoza' });
    expect(await touchStoryPresence(story.id, elena.id, T0)).toEqual([]);
    expect(await touchStoryPresence(story.id, ricardo.id, T0 + 1_000)).toEqual([{ userId: elena.id, name: 'Elena Duarte' }]);
    expect(await touchStoryPresence(story.id, elena.id, T0 + 2_000)).toEqual([{ userId: ricardo.id, name: 'Ricardo Mendoza' }]);
  });

  it('forgets an editor who stopped reporting or closed the story, and keeps stories apart', async () => {
    const section = await makeSection();
    const [one, two] = [await makeArticle({ sectionId: section.id, status: 'draft' }), await makeArticle({ sectionId: section.id, status: 'draft' })];
    const [a, b, c] = [await makeUser('editor'), await makeUser('journalist'), await makeUser('contributor')];
    await touchStoryPresence(one.id, a.id, T0);
    await touchStoryPresence(two.id, c.id, T0);
    expect((await touchStoryPresence(one.id, b.id, T0 + PRESENCE_FRESH_MS - 1)).map((e) => e.userId)).toEqual([a.id]);
    expect(await touchStoryPresence(one.id, b.id, T0 + PRESENCE_FRESH_MS + 1)).toEqual([]);
    await touchStoryPresence(one.id, a.id, T0 + PRESENCE_FRESH_MS + 2);
    await leaveStoryPresence(one.id, a.id);
    expect(await touchStoryPresence(one.id, b.id, T0 + PRESENCE_FRESH_MS + 3)).toEqual([]);
  });

  it('leaves out deactivated accounts', async () => {
    const section = await makeSection();
    const story = await makeArticle({ sectionId: section.id, status: 'draft' });
    const gone = await makeUser('journalist', { isActive: false });
    const me = await makeUser('editor');
    await touchStoryPresence(story.id, gone.id, T0);
    expect(await touchStoryPresence(story.id, me.id, T0)).toEqual([]);
  });
});
