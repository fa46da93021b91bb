import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_NODE_FLAGS, serverArgs } from './server-args.mjs';

describe('server arguments', () => {
  it('are exactly what `npm start` runs, so every script starts the server the same way', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', 'package.json'), 'utf8')) as { scripts: { start: string } };
    expect(pkg.scripts.start).toBe(['node', ...SERVER_NODE_FLAGS, 'scripts/server.mjs'].join(' '));
    expect(serverArgs('/srv/app')).toEqual([...SERVER_NODE_FLAGS, path.join('/srv/app', 'scripts', 'server.mjs')]);
  });
});
