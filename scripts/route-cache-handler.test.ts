import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nodeFs } from 'next/dist/server/lib/node-fs-methods.js';
import { afterEach, describe, expect, it } from 'vitest';
import BoundedRouteCache, { writtenEntries } from './route-cache-handler.mjs';

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
  delete process.env.ROUTE_CACHE_MAX_ENTRIES;
});

function handler() {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'route-cache-'));
  dirs.push(dist);
  const server = path.join(dist, 'server');
  // As Next makes it, without the memory layer so every read comes from disk.
  const cache = new BoundedRouteCache({ fs: nodeFs, serverDistDir: server, flushToDisk: true, revalidatedTags: [], maxMemoryCacheSize: 0, dev: false } as never);
  const files = () => (fs.existsSync(path.join(server, 'route-cache')) ? fs.readdirSync(path.join(server, 'route-cache'), { recursive: true }).filter((f) => /\.(html|meta|rsc|body)$/.test(String(f))) : []);
  return { cache, files };
}

const page = (status: number) => ({ kind: 'APP_PAGE', html: `<p>${status}</p>`, rscData: Buffer.from('0:{}'), status, headers: {}, postponed: undefined, segmentData: undefined });
const route = (status: number) => ({ kind: 'APP_ROUTE', body: Buffer.from('x'), status, headers: { 'content-type': 'text/plain' } });
const ctx = { cacheControl: { revalidate: 60, expire: 3600 }, isFallback: false, isRoutePPREnabled: false };
const key = (p: string) => `/route-cache/APP_PAGE/abc/$${p}`;

describe('route cache handler', () => {
  it('keeps pages that exist and writes nothing for a 404 page or route', async () => {
    const { cache, files } = handler();
    await cache.set(key('/world/a-story'), page(200) as never, ctx as never);
    const kept = files().length;
    expect(kept).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) {
      await cache.set(key(`/world/no-such-story-${i}`), page(404) as never, ctx as never);
      await cache.set(`/route-cache/APP_ROUTE/def/$/authors/nobody-${i}/feed.xml`, route(404) as never, ctx as never);
    }
    expect(files()).toHaveLength(kept);
    expect(await cache.get(key('/world/a-story'), { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false } as never)).not.toBeNull();
  });

  it('removes the old copy when a page that existed answers 404 (unpublished)', async () => {
    const { cache, files } = handler();
    await cache.set(key('/world/gone'), page(200) as never, ctx as never);
    await cache.set(key('/world/gone'), page(404) as never, ctx as never);
    expect(files()).toHaveLength(0);
    expect(await cache.get(key('/world/gone'), { kind: 'APP_PAGE', isFallback: false, isRoutePPREnabled: false } as never)).toBeNull();
  });

  it('keeps at most ROUTE_CACHE_MAX_ENTRIES entries on disk, dropping the oldest written', async () => {
    process.env.ROUTE_CACHE_MAX_ENTRIES = '3';
    const { cache, files } = handler();
    for (let i = 0; i < 10; i++) await cache.set(key(`/world/story-${i}`), page(200) as never, ctx as never);
    const htmlFiles = files().filter((f) => String(f).endsWith('.html'));
    expect(htmlFiles.map((f) => path.basename(String(f))).sort()).toEqual(['story-7.html', 'story-8.html', 'story-9.html']);
    expect(writtenEntries()).toBeLessThanOrEqual(3);
  });
});
