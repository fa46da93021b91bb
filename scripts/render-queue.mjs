// @ts-check
// At most `concurrency` renders of pages no cache holds at once (scripts/response-cache.mjs); the
// rest wait their turn, in order. A render is synchronous CPU work in slices on the server's one
// thread: 32 of them interleaved (a crawler sweeping the archive) made every answer wait for slices
// of all 32, cached pages included (issue 14: a hot page's p99 reached 2.9 s). With one at a time
// a cached page waits for one slice at most, and the crawler gets more throughput, not less: the
// CPU was already the limit, and fewer pages half-rendered at once means less garbage.
import { isPostgresUrl } from './database-url.mjs';

/**
 * `maxTaskMs`: a task that has not finished by then gives up its slot anyway, so one render that
 * hangs does not stop every page nobody has asked for yet.
 * @param {{ concurrency: number, maxWaiting: number, maxTaskMs?: number }} options
 */
export function createRenderQueue({ concurrency, maxWaiting, maxTaskMs = 10_000 }) {
  let active = 0;
  /** @type {(() => void)[]} */
  const waiting = [];

  function release() {
    active -= 1;
    const nextTask = waiting.shift();
    if (nextTask) nextTask();
  }

  /**
   * Runs `task` when a slot is free (it resolves when its render is done); false, without running
   * it, when `maxWaiting` tasks already wait.
   * @param {() => Promise<unknown>} task
   * @returns {boolean}
   */
  function run(task) {
    const start = () => {
      active += 1;
      let released = false;
      const once = () => {
        if (released) return;
        released = true;
        clearTimeout(timer);
        release();
      };
      const timer = setTimeout(once, maxTaskMs);
      timer.unref?.();
      task().then(once, once);
    };
    if (active < concurrency) start();
    else if (waiting.length >= maxWaiting) return false;
    else waiting.push(start);
    return true;
  }

  return { run, size: () => ({ active, waiting: waiting.length }) };
}

/**
 * How many never-requested pages render at once: `RENDER_CONCURRENCY` when set, else 1 on SQLite
 * (a render never waits for the database, so a second one would only interleave with it) and 2
 * on PostgreSQL (each of a page's queries is a round trip to the server, which a second render
 * fills).
 * @param {Record<string, string | undefined>} env
 */
export function renderConcurrencyFor(env) {
  const set = Number(env.RENDER_CONCURRENCY);
  if (Number.isInteger(set) && set >= 1) return set;
  return isPostgresUrl(env.DATABASE_URL) ? 2 : 1;
}
