// A bounded queue in arrival order, for work one process must not run all at once: image decodes
// (lib/uploads.ts) and the wire API's answers (lib/wire/route.ts).

/**
 * A queue's answer (a value, not an exception) when every waiting place is taken. A registered
 * symbol: a queue kept once per process (on globalThis) is shared by every bundled copy of the
 * module that made it, and each copy must recognise its answer (a private Symbol() did not: a 500).
 */
export const QUEUE_FULL = Symbol.for('meridian.task-queue.full');

/**
 * At most `slots` tasks at once, at most `maxWaiting` more waiting in order; beyond that a task is
 * refused at once (QUEUE_FULL) instead of holding its request (an upload's bytes, say) in memory behind an unbounded line.
 */
export class TaskQueue {
  private active = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly slots: number,
    private readonly maxWaiting: number,
  ) {}

  /** How many tasks wait for a slot. */
  get waitingCount(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T | typeof QUEUE_FULL> {
    if (this.active < this.slots) this.active++;
    else if (this.waiting.length >= this.maxWaiting) return QUEUE_FULL;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
