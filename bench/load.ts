// Load generation: wrk when installed (it runs in its own process, so the client does not share
// the server's event loop), else a small bounded Node generator that does the same job more slowly.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

export type LoadResult = {
  tool: 'wrk' | 'node';
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Socket errors, timeouts and non-2xx/3xx answers. */
  errors: number;
  non2xx: number;
  bytesPerResponse: number;
};

// wrk's Lua hooks: rotate over the given paths (when more than one) and print a JSON summary.
const LUA = `
local paths = {}
local counter = 0
init = function(args)
  for _, p in ipairs(args) do paths[#paths + 1] = p end
  counter = math.random(0, 1000)
end
request = function()
  if #paths == 0 then return wrk.request() end
  counter = counter + 1
  return wrk.format(nil, paths[(counter % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH_JSON {"requests":%d,"duration":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p95":%d,"p99":%d}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;

function exec(cmd: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 1 << 20 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

let scripts = 0;

export function hasWrk(): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => fs.existsSync(path.join(dir, 'wrk')));
}

/** Loads `base + paths[i]` (rotating) with `connections` connections for `seconds`, each request carrying `headers`. */
export async function runLoad(
  base: string,
  paths: string[],
  connections: number,
  seconds: number,
  tmpDir: string,
  tool?: 'node',
  headers: Record<string, string> = {},
): Promise<LoadResult> {
  if (tool === 'node' || !hasWrk()) return nodeLoad(base, paths, connections, seconds, headers);
  // One file per load: two loads started together (readers beside an attacker) rewrote one shared
  // file while the other wrk read it, which then ran without its summary hook.
  const script = path.join(tmpDir, `bench-${process.pid}-${++scripts}.lua`);
  fs.writeFileSync(script, LUA);
  const threads = Math.min(2, connections);
  const args = ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--timeout', '5s', '-s', script];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  args.push(base + paths[0]);
  if (paths.length > 1) args.push('--', ...paths);
  const out = await exec('wrk', args, (seconds + 30) * 1000).finally(() => fs.rmSync(script, { force: true }));
  const line = out.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${out}`);
  const s = JSON.parse(line.slice('BENCH_JSON '.length));
  const secs = s.duration / 1e6;
  const socketErrors = s.connect + s.read + s.write + s.timeout;
  return {
    tool: 'wrk',
    connections,
    seconds: secs,
    requests: s.requests,
    rps: s.requests / secs,
    p50: s.p50 / 1000,
    p95: s.p95 / 1000,
    p99: s.p99 / 1000,
    errors: socketErrors + s.status,
    non2xx: s.status,
    bytesPerResponse: s.requests ? Math.round(s.bytes / s.requests) : 0,
  };
}

/** Fallback: `connections` keep-alive loops for `seconds`, latency percentiles from all samples. */
async function nodeLoad(base: string, paths: string[], connections: number, seconds: number, headers: Record<string, string>): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const deadline = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let bytes = 0;
  let counter = 0;
  const one = (url: string) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = http.get(url, { agent, timeout: 5000, headers }, (res) => {
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => {
          latencies.push(performance.now() - started);
          if ((res.statusCode ?? 0) >= 400) non2xx++;
          resolve();
        });
      });
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < deadline) await one(base + paths[counter++ % paths.length]);
    }),
  );
  agent.destroy();
  const secs = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return {
    tool: 'node',
    connections,
    seconds: secs,
    requests: latencies.length,
    rps: latencies.length / secs,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors: errors + non2xx,
    non2xx,
    bytesPerResponse: latencies.length ? Math.round(bytes / latencies.length) : 0,
  };
}
