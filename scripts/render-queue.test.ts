import { describe, expect, it, vi } from 'vitest';
import { createRenderQueue, renderConcurrencyFor } from './render-queue.mjs';

/** A task that records when it starts and finishes when `finish()` is called. */
function task(log: string[], name: string) {
  let finish = () => {};
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: () => {
      log.push(`start ${name}`);
      return done;
    },
    finish: () => finish(),
  };
}

describe('render queue', () => {
  it('runs at most `concurrency` tasks at once and the others in the order they came', async () => {
    const log: string[] = [];
    const queue = createRenderQueue({ concurrency: 2, maxWaiting: 10 });
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => task(log, n));
    for (const t of [a, b, c, d]) expect(queue.run(t!.run)).toBe(true);
    expect(log).toEqual(['start a', 'start b']);
    expect(queue.size()).toEqual({ active: 2, waiting: 2 });
    b!.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a!.finish();
    c!.finish();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
  });

  it('frees the slot of a task that fails', async () => {
    const log: string[] = [];
    const queue = createRenderQueue({ concurrency: 1, maxWaiting: 10 });
    queue.run(() => Promise.reject(new Error('render failed')));
    queue.run(task(log, 'next').run);
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['start next']);
  });

  it('gives the slot of a task that never finishes to the next one after `maxTaskMs`', async () => {
    vi.useFakeTimers();
    try {
      const log: string[] = [];
      const queue = createRenderQueue({ concurrency: 1, maxWaiting: 10, maxTaskMs: 1000 });
      queue.run(task(log, 'hung').run);
      queue.run(task(log, 'next').run);
      await vi.advanceTimersByTimeAsync(999);
      expect(log).toEqual(['start hung']);
      await vi.advanceTimersByTimeAsync(1);
      expect(log).toEqual(['start hung', 'start next']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses a task, without running it, when `maxWaiting` tasks already wait', () => {
    const log: string[] = [];
    const queue = createRenderQueue({ concurrency: 1, maxWaiting: 1 });
    expect(queue.run(task(log, 'a').run)).toBe(true);
    expect(queue.run(task(log, 'b').run)).toBe(true);
    expect(queue.run(task(log, 'c').run)).toBe(false);
    expect(log).toEqual(['start a']);
    expect(queue.size()).toEqual({ active: 1, waiting: 1 });
  });
});

describe('render concurrency', () => {
  it('is one at a time on SQLite, two on PostgreSQL, and RENDER_CONCURRENCY when that is a whole number from 1', () => {
    expect(renderConcurrencyFor({})).toBe(1);
    expect(renderConcurrencyFor({ DATABASE_URL: 'file:data/news.db' })).toBe(1);
    expect(renderConcurrencyFor({ DATABASE_URL: 'postgres://news@db/news' })).toBe(2);
    expect(renderConcurrencyFor({ DATABASE_URL: 'postgresql://news@db/news' })).toBe(2);
    expect(renderConcurrencyFor({ DATABASE_URL: 'postgres://news@db/news', RENDER_CONCURRENCY: '1' })).toBe(1);
    expect(renderConcurrencyFor({ RENDER_CONCURRENCY: '3' })).toBe(3);
    for (const bad of ['0', '-2', '1.5', 'two', '']) expect(renderConcurrencyFor({ RENDER_CONCURRENCY: bad }), bad).toBe(1);
  });
});
