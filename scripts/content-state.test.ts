import { describe, expect, it } from 'vitest';
import { createContentStateReader, type ContentState } from './content-state.mjs';

function setup(intervalMs = 100) {
  let clock = 1_000;
  let reads = 0;
  let token = 'a';
  let fail = false;
  const pending: (() => void)[] = [];
  let hold = false;
  const errors: unknown[] = [];
  const reader = createContentStateReader({
    intervalMs,
    now: () => clock,
    onError: (e) => errors.push(e),
    read: () => {
      reads += 1;
      const value = { token, nextChangeAt: null };
      if (fail) return Promise.reject(new Error('database gone'));
      if (!hold) return Promise.resolve(value);
      return new Promise<ContentState>((resolve) => pending.push(() => resolve(value)));
    },
  });
  return {
    reader,
    reads: () => reads,
    tick: (ms: number) => (clock += ms),
    setToken: (t: string) => (token = t),
    setFail: (f: boolean) => (fail = f),
    setHold: (h: boolean) => (hold = h),
    release: () => pending.splice(0).forEach((r) => r()),
    errors,
  };
}

describe('content state reader', () => {
  it('reads the token at most once per interval, and shares a read under way', async () => {
    const t = setup(100);
    const [a, b] = [t.reader.current(), t.reader.current()];
    expect(await a).toEqual({ token: 'a', nextChangeAt: null });
    expect(await b).toEqual({ token: 'a', nextChangeAt: null });
    expect(t.reads()).toBe(1);
    // Known: answered without a read (and without a promise).
    t.setToken('b');
    t.tick(99);
    expect(t.reader.current()).toEqual({ token: 'a', nextChangeAt: null });
    t.tick(1);
    expect(await t.reader.current()).toEqual({ token: 'b', nextChangeAt: null });
    expect(t.reads()).toBe(2);
  });

  it('reads again at once after a write in this process, and never keeps a read begun before it', async () => {
    const t = setup(100);
    await t.reader.current();
    t.setHold(true);
    t.setToken('b');
    t.reader.changed();
    const before = t.reader.current();
    // A second write while that read is under way: its answer may predate the write.
    t.setToken('c');
    t.reader.changed();
    const after = t.reader.current();
    t.release();
    expect(await before).toEqual({ token: 'b', nextChangeAt: null });
    expect(await after).toEqual({ token: 'c', nextChangeAt: null });
    t.setHold(false);
    expect(await t.reader.current()).toEqual({ token: 'c', nextChangeAt: null });
    expect(t.reads()).toBe(3);
  });

  it('answers null while the database cannot be read, logs once, and recovers', async () => {
    const t = setup(100);
    t.setFail(true);
    expect(await t.reader.current()).toBeNull();
    t.tick(100);
    expect(await t.reader.current()).toBeNull();
    expect(t.errors).toHaveLength(1);
    t.setFail(false);
    t.tick(100);
    expect(await t.reader.current()).toEqual({ token: 'a', nextChangeAt: null });
  });
});
