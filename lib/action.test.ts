import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { Staff } from '@/lib/auth';

// The door's own behaviour, without a server: who is calling is whatever the test says, and
// Next's interrupts become recognisable throws.
let current: Staff | null = null;
vi.mock('@/lib/auth', () => ({ getCurrentStaff: async () => current }));
vi.mock('next/navigation', () => ({
  unauthorized: () => {
    throw new Error('401');
  },
  forbidden: () => {
    throw new Error('403');
  },
}));

const { staffAction } = await import('./action');
const { adminRefusal } = await import('@/components/newsroom/admin-form-state');

const staff = (role: Staff['role']): Staff => ({ id: 1, name: 'N', email: 'n@example.test', role, authorId: null });
const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};

const ran = vi.fn();
const rename = staffAction(
  {
    permission: 'taxonomy:manage',
    schema: z.object({ id: z.coerce.number().int().positive(), name: z.string().trim().min(1, 'Enter a name.'), slug: z.string().regex(/^[a-z]+$/, 'Lowercase only.') }),
    load: ({ id }) => (id === 7 ? { id, locked: false } : id === 8 ? { id, locked: true } : null),
    missing: 'This tag no longer exists.',
    allow: (_actor, tag) => !tag.locked,
    refuse: adminRefusal,
  },
  async ({ input }) => {
    ran(input);
    return { outcome: 'saved' as const, message: `Saved ${input.name}.` };
  },
);

beforeEach(() => {
  ran.mockClear();
  current = null;
});

describe('the action door', () => {
  it('answers an anonymous caller with 401 and runs nothing (no redirect)', async () => {
    await expect(rename(null, form({ id: '7', name: 'x', slug: 'x' }))).rejects.toThrow('401');
    expect(ran).not.toHaveBeenCalled();
  });

  it('refuses a role without the permission with 403 before reading the form', async () => {
    current = staff('journalist');
    await expect(rename(null, form({ id: 'junk' }))).rejects.toThrow('403');
    expect(ran).not.toHaveBeenCalled();
  });

  it('returns every field’s errors with the submitted values', async () => {
    current = staff('editor');
    const state = await rename(null, form({ id: '7', name: ' ', slug: 'Bad Slug' }));
    expect(state).toEqual({
      outcome: 'error',
      message: expect.any(String),
      errors: { name: ['Enter a name.'], slug: ['Lowercase only.'] },
      values: { id: '7', name: ' ', slug: 'Bad Slug' },
    });
    expect(ran).not.toHaveBeenCalled();
  });

  it('says beside a chosen file that it must be chosen again (a browser cannot be given it back)', async () => {
    current = staff('editor');
    const fd = form({ id: '7', name: ' ', slug: 'ok' });
    fd.append('photo', new File(['jpeg bytes'], 'portrait.jpg', { type: 'image/jpeg' }));
    fd.append('logo', new File([], ''));
    const state = await rename(null, fd);
    expect(state.errors).toEqual({ name: ['Enter a name.'], photo: [expect.stringMatching(/not saved .* choose it again/)] });
  });

  it('says so when the resource is gone, keeping the values', async () => {
    current = staff('editor');
    expect(await rename(null, form({ id: '9', name: 'n', slug: 'n' }))).toMatchObject({ outcome: 'error', message: 'This tag no longer exists.', values: { name: 'n' } });
  });

  it('asks the resource-level rule with the re-loaded resource', async () => {
    current = staff('editor');
    await expect(rename(null, form({ id: '8', name: 'n', slug: 'n' }))).rejects.toThrow('403');
    expect(ran).not.toHaveBeenCalled();
  });

  it('runs with the parsed input when everything holds', async () => {
    current = staff('editor');
    expect(await rename(null, form({ id: '7', name: ' Energy ', slug: 'energy' }))).toEqual({ outcome: 'saved', message: 'Saved Energy.' });
    expect(ran).toHaveBeenCalledWith({ id: 7, name: 'Energy', slug: 'energy' });
  });
});
