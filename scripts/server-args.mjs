// @ts-check
// How `npm start` runs the server (package.json "start"), for the scripts that start it themselves
// (demo, end-to-end tests, soak test, benchmark, the cached front) so they measure and exercise the
// same thing. The heap cap keeps the process small: without it V8 lets garbage from rendering
// pile up to several hundred MB before collecting, on a machine with memory to spare.
import path from 'node:path';

export const SERVER_NODE_FLAGS = ['--max-old-space-size=256'];

/** Arguments for `process.execPath` that start the production server from `root`. */
export function serverArgs(root = process.cwd()) {
  return [...SERVER_NODE_FLAGS, path.join(root, 'scripts', 'server.mjs')];
}
