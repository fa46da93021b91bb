// Single-request probes: what a page weighs (HTML and client JavaScript, compressed), whether it
// came from the framework's cache, and how long an edit takes to show.
import zlib from 'node:zlib';

export type Fetched = { status: number; headers: Headers; body: string; ms: number };

export async function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Fetched> {
  const started = performance.now();
  const res = await fetch(url, { headers, method, redirect: 'manual' });
  const body = await res.text();
  return { status: res.status, headers: res.headers, body, ms: performance.now() - started };
}

const gzipSize = (text: string | Buffer) => zlib.gzipSync(text, { level: 6 }).length;

/** `<script src>` chunks a page loads, with their gzip sizes (what a browser downloads). */
export async function pageWeight(base: string, path: string) {
  const page = await get(base + path);
  // noModule scripts (polyfills) are skipped by every browser that runs modules: not counted.
  const sources = [...page.body.matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]!))
    .map((m) => /\bsrc="([^"]+)"/.exec(m[1]!)?.[1]?.replace(/&amp;/g, '&'))
    .filter((src): src is string => Boolean(src));
  let jsGzip = 0;
  for (const src of new Set(sources)) {
    const res = await fetch(new URL(src, base + path));
    jsGzip += gzipSize(Buffer.from(await res.arrayBuffer()));
  }
  return {
    status: page.status,
    cache: page.headers.get('x-nextjs-cache') ?? '',
    htmlBytes: Buffer.byteLength(page.body),
    htmlGzipBytes: gzipSize(page.body),
    scripts: sources.length,
    jsGzipBytes: jsGzip,
    body: page.body,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `url` until its body contains `needle`; milliseconds from `since`, or null on timeout. */
export async function waitUntilVisible(url: string, needle: string, since: number, timeoutMs = 10_000): Promise<number | null> {
  while (performance.now() - since < timeoutMs) {
    const res = await get(url);
    if (res.body.includes(needle)) return performance.now() - since;
    await sleep(10);
  }
  return null;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The 95th percentile (nearest rank). */
export function p95(values: number[]): number {
  if (!values.length) return -1;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}
