// @ts-check
// What this instance knows of the database's content token (db/queries/content-state.ts): the
// response cache (scripts/response-cache.mjs) serves a kept page only while the token it was
// stamped with is still the current one. The token lives in the database and triggers renew it in
// the same transaction as every write readers can see, so a write on any instance, a restore or a
// switch of database all show here: the token is re-read at most every `intervalMs` (another
// instance's publish shows within that), and at once after a write in this process (`changed()`),
// so an editor reads their own write.

/**
 * @typedef {{ token: string, nextChangeAt: number | null }} ContentState
 * @typedef {{ read: () => Promise<ContentState>, intervalMs?: number, now?: () => number, onError?: (error: unknown) => void }} Options
 */

/** @param {Options} options */
export function createContentStateReader(options) {
  const intervalMs = options.intervalMs ?? 100;
  const now = options.now ?? Date.now;
  /** The last state read and when; null state when the database could not be read. @type {{ state: ContentState | null, at: number, epoch: number } | null} */
  let known = null;
  /** @type {{ state: Promise<ContentState | null>, epoch: number } | null} */
  let pending = null;
  // Moves on with every write in this process: a read begun before it may carry the old token.
  let epoch = 0;
  let failing = false;

  /** @param {number} startedIn */
  function read(startedIn) {
    const at = now();
    const state = options
      .read()
      .then((s) => {
        failing = false;
        return /** @type {ContentState | null} */ (s);
      })
      .catch((error) => {
        // Logged once per outage, not at every re-read.
        if (!failing) options.onError?.(error);
        failing = true;
        return null;
      })
      .then((s) => {
        if (pending?.state === state) pending = null;
        if (startedIn === epoch) known = { state: s, at, epoch: startedIn };
        return s;
      });
    pending = { state, epoch: startedIn };
    return state;
  }

  /**
   * The current state: the one known when it is recent enough (synchronously, the common case),
   * else a read of the database shared by concurrent callers. Null while the database cannot be read.
   * @returns {ContentState | null | Promise<ContentState | null>}
   */
  function current() {
    if (known && known.epoch === epoch && now() - known.at < intervalMs) return known.state;
    if (pending?.epoch === epoch) return pending.state;
    return read(epoch);
  }

  /** A write in this process changed what readers see: the next request reads the token afresh. */
  function changed() {
    epoch += 1;
  }

  return { current, changed };
}
