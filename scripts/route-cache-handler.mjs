// @ts-check
// Next's page and data cache (`cacheHandler` in next.config.ts): its own file-system cache, with two
// changes, because that cache writes to `.next/server/route-cache/` for every address a dynamic
// route answers and never removes anything (issue 11: 400 unknown slugs left 2,800 files, 44 MB):
// - failures (a 404 for an unknown slug, author feed, image or sitemap, or any other 4xx/5xx) are
//   not kept at all: they cost a render each time instead of a file each time;
// - what it does keep on disk is bounded: past ROUTE_CACHE_MAX_ENTRIES entries the oldest written
//   is removed (a later request renders it again).
// scripts/server.mjs empties the folder at start, so the count starts from what is on disk: nothing.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Next's own module (CommonJS, its class on `default`), the copy the server itself runs.
/** @type {typeof import('next/dist/server/lib/incremental-cache/file-system-cache.js').default} */
const FileSystemCache = createRequire(import.meta.url)('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const DEFAULT_MAX_ENTRIES = 2000;
// Every file an entry of the route cache can have beside its key (page, payload, metadata, route body).
const ENTRY_SUFFIXES = ['.html', '.rsc', '.meta', '.body', '.json', '.segments'];

/**
 * @typedef {ConstructorParameters<typeof FileSystemCache>[0]} Context
 * @typedef {Parameters<InstanceType<typeof FileSystemCache>['set']>} SetArgs
 */

/** Keys written to disk, oldest first, for every instance (Next makes one per request). @type {Map<string, string[]>} */
const written = new Map();

/** Whether a value is an answer that failed (a 404 for an address that names nothing, or worse). @param {SetArgs[1]} data */
function isFailure(data) {
  if (!data || !('status' in data) || typeof data.status !== 'number') return false;
  return data.status >= 400;
}

export default class BoundedRouteCache extends FileSystemCache {
  /** @param {Context} ctx */
  constructor(ctx) {
    super(ctx);
    this.distDir = ctx.serverDistDir;
    this.toDisk = Boolean(ctx.flushToDisk);
    this.maxEntries = Number(process.env.ROUTE_CACHE_MAX_ENTRIES || DEFAULT_MAX_ENTRIES);
  }

  /** @param {SetArgs} args */
  async set(...args) {
    const [key, data] = args;
    if (isFailure(data)) {
      // A page that existed and is now gone (unpublished) must not be answered from its old copy.
      this.forget(key);
      return;
    }
    await super.set(...args);
    if (!this.toDisk || !data) return;
    written.delete(key);
    written.set(key, this.filesOf(key, data.kind === 'FETCH'));
    for (const oldest of written.keys()) {
      if (written.size <= this.maxEntries) break;
      this.forget(oldest);
    }
  }

  /** The files an entry of this key occupies on disk. @param {string} key @param {boolean} fetchEntry */
  filesOf(key, fetchEntry) {
    if (fetchEntry) return [path.join(this.distDir, '..', 'cache', 'fetch-cache', key)];
    const base = path.join(this.distDir, key.startsWith('/route-cache/') ? '' : 'app', key);
    return ENTRY_SUFFIXES.map((suffix) => base + suffix);
  }

  /** Removes an entry from memory and disk. @param {string} key */
  forget(key) {
    /** @type {{ memoryCache?: { remove(key: string): void } }} */ (/** @type {unknown} */ (FileSystemCache)).memoryCache?.remove(key);
    const files = written.get(key) ?? (key.startsWith('/route-cache/') ? this.filesOf(key, false) : []);
    written.delete(key);
    for (const file of files) fs.rmSync(file, { recursive: true, force: true });
  }
}

/** Entries this process has on disk (for tests). */
export const writtenEntries = () => written.size;
