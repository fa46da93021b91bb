import { describe, expect, it } from 'vitest';
import { transaction } from '@/db/client';
import { makeArticle, makeSection, makeUser } from '@/test/factories';
import { AUDIT_PAGE_SIZE, listAudit, recordAudit } from './audit';
import { deleteStory } from './story-writes';

describe('audit log', () => {
  it('records a story deletion with who did it, in the same transaction', async () => {
    const editor = await makeUser('editor');
    const story = await makeArticle({ sectionId: (await makeSection()).id, headline: 'Gone tomorrow' });
    await deleteStory(story.id, editor.id);
    const { items } = await listAudit({ action: 'story.delete', page: 1 });
    expect(items[0]).toMatchObject({ action: 'story.delete', targetId: story.id, actorName: editor.name, details: { headline: 'Gone tomorrow', status: 'published' } });
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
