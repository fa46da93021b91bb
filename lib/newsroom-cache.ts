import 'server-only';

declare global {
  // Set by scripts/server.mjs (`npm start`): re-read the database's content token on the next request.
  var __newsContentChanged: (() => void) | undefined;
}

/**
 * After a newsroom write readers can see: the response cache of this process reads the content
 * token on the next request instead of up to CONTENT_STATE_MS later, so the editor (and anyone
 * else) sees the write at once. The token itself was renewed by the database's triggers in the
 * write's own transaction, which is what expires the pages on every instance; this only shortens
 * the wait here. Safe to call after any write.
 */
export function showWriteToReaders() {
  globalThis.__newsContentChanged?.();
}
