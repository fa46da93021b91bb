import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Staff } from '@/lib/auth';

// The route door's own behaviour, without a server: who is calling is whatever the test says.
let current: Staff | null = null;
vi.mock('@/lib/auth', () => ({ getCurrentStaff: async () => current }));

const { staffRoute } = await import('./staff-route');

const staff = (role: Staff['role']): Staff => ({ id: 1, name: 'N', email: 'n@example.test', role, authorId: null });
const ran = vi.fn();
const route = staffRoute(
  {
    permission: 'story:create',
    schema: z.object({ id: z.string().regex(/^\d+$/).transform(Number), q: z.string().default('') }),
    load: ({ id }) => (id === 7 ? { id, locked: false } : id === 8 ? { id, locked: true } : null),
    allow: (_actor, thing) => !thing.locked,
  },
  async ({ input, resource }) => {
    ran(input);
    return Response.json({ id: resource.id, q: input.q });
  },
);
const call = (id: string, query = '') => route(new Request(`http://localhost/x/${id}${query}`), { params: Promise.resolve({ id }) });

describe('the route door', () => {
  beforeEach(() => {
    current = null;
    ran.mockClear();
  });

  it('answers 401 to anonymous callers and runs nothing', async () => {
    expect((await call('7')).status).toBe(401);
    expect(ran).not.toHaveBeenCalled();
  });

  it('runs for an allowed actor with parsed params and query', async () => {
    current = staff('contributor');
    const res = await call('7', '?q=energy');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 7, q: 'energy' });
  });

  it('refuses bad params (400), a missing resource (404) and one the table refuses (403)', async () => {
    current = staff('editor');
    expect((await call('seven')).status).toBe(400);
    expect((await call('9')).status).toBe(404);
    expect((await call('8')).status).toBe(403);
    expect(ran).not.toHaveBeenCalled();
  });

  it('never lets the query string override a route param', async () => {
    current = staff('editor');
    expect(await (await call('7', '?id=8')).json()).toEqual({ id: 7, q: '' });
  });
});
