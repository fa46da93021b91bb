import type FileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

export default class BoundedRouteCache extends FileSystemCache {}
export function writtenEntries(): number;
