import 'server-only';
import { readContentState, type ContentState } from '@/db/queries/content-state';

declare global {
  // Read by scripts/server.mjs, which is plain Node and cannot import the data layer itself.
  var __newsReadContentState: (() => Promise<ContentState>) | undefined;
}

/** Lets the server's response cache read the content token through the data layer. */
export async function registerContentStateReader() {
  globalThis.__newsReadContentState = () => readContentState();
}
