import { describe, expect, it } from 'vitest';
import { runInstance } from '@/test/counter-instances';
import { makeUser } from '@/test/factories';
import { listAudit } from './queries/audit';

describe('write transactions across app processes', () => {
  it('two processes saving at once both succeed, every save recorded (none fails as "database is locked")', async () => {
    const actor = await makeUser('admin');
    const env = { COUNTER: 'settings', HITS: '150', ACTOR: String(actor.id) };
    expect(await Promise.all([runInstance(env), runInstance(env)])).toEqual([150, 150]);
    expect((await listAudit({ actorId: actor.id, action: 'settings.update', page: 1 })).total).toBe(300);
  });
});
