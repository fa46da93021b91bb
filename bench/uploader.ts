// The benchmark's uploaders (bench/hardening.ts) in a process of their own, so the load generator
// that measures the readers keeps its event loop to itself. Posts the body in BODY_FILE on
// UPLOADERS connections, each again as soon as it is answered, until the parent says stop; then
// sends back how the uploads were answered and how long each took.
import fs from 'node:fs';

const { APP, COOKIE, BODY_FILE, CONTENT_TYPE, UPLOADERS } = process.env;

async function main() {
  const body = fs.readFileSync(BODY_FILE!);
  let stop = false;
  process.on('message', () => (stop = true));
  const statuses: Record<string, number> = {};
  const ms: number[] = [];
  const upload = async () => {
    const started = performance.now();
    const res = await fetch(`${APP}/admin/media`, { method: 'POST', body, headers: { cookie: COOKIE!, origin: APP!, 'content-type': CONTENT_TYPE! } }).catch(() => null);
    await res?.arrayBuffer();
    ms.push(performance.now() - started);
    const key = String(res?.status ?? 'error');
    statuses[key] = (statuses[key] ?? 0) + 1;
  };
  process.send!('started');
  await Promise.all(
    Array.from({ length: Number(UPLOADERS) }, async () => {
      while (!stop) await upload();
    }),
  );
  process.send!({ statuses, ms }, () => process.disconnect());
}

void main();
