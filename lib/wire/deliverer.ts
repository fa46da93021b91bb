import 'server-only';
import { claimDelivery, hasDueDelivery, recordDeliveryOutcome, type ClaimedDelivery, type DeliveryOutcome } from '@/db/queries/wire-outbox';
import { env } from '@/lib/env';
import { describeFailure, idempotencyKey } from './delivery';
import { SIGNATURE_HEADER, signatureHeader } from './signature';
import { checkWebhookUrl } from './webhook-url';

// The push deliverer that runs inside `npm start` (instrumentation.ts). Every instance runs one;
// the claim (db/queries/wire-outbox.ts) gives each due delivery to exactly one of them. Bounds:
// WIRE_DELIVERY_CONCURRENCY pushes at once per instance, at most one per client (so a client that
// hangs holds one slot, never the others' turns), each cut off after WIRE_DELIVERY_TIMEOUT_MS.

const IDLE_MS = 250;

export type PushOptions = { timeoutMs: number; allowPrivate: boolean; now?: () => number };

/** One HTTP POST of a claimed delivery: signed, with its idempotency key; never follows redirects. */
export async function push(d: ClaimedDelivery, opts: PushOptions): Promise<DeliveryOutcome> {
  const checked = await checkWebhookUrl(d.url, opts.allowPrivate);
  if (!checked.ok) return { ok: false, code: null, error: `Refused: ${checked.message}` };
  const timestamp = Math.floor((opts.now?.() ?? Date.now()) / 1000);
  try {
    const response = await fetch(checked.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs),
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'MeridianWire-Webhook/1',
        [SIGNATURE_HEADER]: signatureHeader(d.secret, timestamp, d.payload),
        'Idempotency-Key': idempotencyKey(d.clientId, d.itemUri, d.version),
        'X-Meridian-Item': d.itemUri,
        'X-Meridian-Version': String(d.version),
        'X-Meridian-Delivery': String(d.id),
      },
      body: d.payload,
    });
    // The answer's body is not ours to keep; drop it without reading it all.
    await response.body?.cancel().catch(() => undefined);
    return response.status >= 200 && response.status < 300 ? { ok: true, code: response.status } : { ok: false, code: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    return { ok: false, code: null, error: describeFailure(error, opts.timeoutMs) };
  }
}

export type Deliverer = { stop(): void; drain(): Promise<void> };

/** Starts delivering in this process until stopped. */
export function startDeliverer(config = { concurrency: env.WIRE_DELIVERY_CONCURRENCY, timeoutMs: env.WIRE_DELIVERY_TIMEOUT_MS, maxTries: env.WIRE_DELIVERY_MAX_TRIES, allowPrivate: env.WIRE_ALLOW_PRIVATE_WEBHOOKS === '1' }): Deliverer {
  const inFlight = new Map<number, Promise<void>>();
  // A claim outlives the longest push, so only a dead instance's claims ever expire.
  const leaseMs = config.timeoutMs + 30_000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let filling = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void fill(), ms);
    timer.unref();
  };

  async function fill() {
    if (filling || stopped) return;
    filling = true;
    try {
      while (!stopped && inFlight.size < config.concurrency && (await hasDueDelivery())) {
        const claimed = await claimDelivery([...inFlight.keys()], leaseMs);
        if (!claimed) break;
        const run = push(claimed, config)
          .then((outcome) => recordDeliveryOutcome(claimed.id, claimed.attempts, outcome, config.maxTries))
          .then(() => undefined)
          .catch((error: unknown) => console.error('Wire delivery error', error))
          .finally(() => {
            inFlight.delete(claimed.clientId);
            schedule(0);
          });
        inFlight.set(claimed.clientId, run);
      }
    } catch (error) {
      console.error('Wire delivery error', error);
    } finally {
      filling = false;
      schedule(IDLE_MS);
    }
  }

  schedule(0);
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    async drain() {
      await Promise.all(inFlight.values());
    },
  };
}

declare global {
  // One deliverer per process, even when dev-mode reloads run instrumentation again.
  var __wireDeliverer: Deliverer | undefined;
}

/** Starts this process's deliverer once, unless WIRE_DELIVERY=0. */
export function startDeliveryInProcess() {
  if (env.WIRE_DELIVERY === '0' || globalThis.__wireDeliverer) return;
  globalThis.__wireDeliverer = startDeliverer();
}
