import { describe, expect, it } from 'vitest';
import { QUEUE_FULL, TaskQueue } from './task-queue';

describe('TaskQueue', () => {
  it('runs one task at a time in arrival order and refuses past its waiting places', async () => {
    const queue = new TaskQueue(1, 2);
    const order: string[] = [];
    let running = 0;
    const releases: (() => void)[] = [];
    const task = (name: string) => () =>
      new Promise<string>((resolve) => {
        running++;
        order.push(name);
        expect(running).toBe(1);
        releases.push(() => {
          running--;
          resolve(name);
        });
      });
    const runs = ['a', 'b', 'c'].map((n) => queue.run(task(n)));
    expect(await queue.run(task('d'))).toBe(QUEUE_FULL);
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setImmediate(r));
      releases.shift()!();
    }
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c']);
    expect(order).toEqual(['a', 'b', 'c']);
    // Drained: a new task runs at once.
    expect(await queue.run(async () => 'e')).toBe('e');
  });

  it('frees the slot when a task throws', async () => {
    const queue = new TaskQueue(1, 0);
    await expect(queue.run(() => Promise.reject(new Error('decode failed')))).rejects.toThrow('decode failed');
    expect(await queue.run(async () => 'next')).toBe('next');
  });
});
