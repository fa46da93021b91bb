import 'server-only';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().min(1).default('file:./data/news.db'),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  SITE_TIME_ZONE: z.string().min(1).default('UTC'),
  AUTH_SECRET: z.string().min(16).optional(),
  DEMO_MODE: z.enum(['0', '1']).default('0'),
  UPLOAD_DIR: z.string().min(1).default('./public/uploads'),
  // Requests per minute per client address; 0 turns a limit off.
  RATE_LIMIT_SEARCH: z.coerce.number().int().min(0).default(120),
  RATE_LIMIT_API: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_LOGIN: z.coerce.number().int().min(0).default(30),
  // Image uploads per minute per staff account (not per address); 0 turns it off.
  RATE_LIMIT_UPLOAD: z.coerce.number().int().min(0).default(10),
  // Uploads that may wait for the one image decode at a time; the next is refused as busy.
  UPLOAD_QUEUE: z.coerce.number().int().min(0).max(100).default(3),
  // Read X-Forwarded-For for client addresses (only behind our own reverse proxy).
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  LISTING_PAGE_SIZE: z.coerce.number().int().min(1).max(100).default(12),
  // Where this process answers HTTP over loopback; set by scripts/server.mjs (lib/search/frame.ts).
  INTERNAL_ORIGIN: z.string().url().optional(),
  // Wire clients' webhooks (issue 12): 1 lets them point at loopback/private addresses (tests, local receivers).
  WIRE_ALLOW_PRIVATE_WEBHOOKS: z.enum(['0', '1']).default('0'),
  // The push deliverer inside `npm start`: 0 turns it off in this process; pushes at once; per-push timeout; tries before a push is parked.
  WIRE_DELIVERY: z.enum(['0', '1']).default('1'),
  WIRE_API_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  WIRE_API_QUEUE: z.coerce.number().int().min(0).max(10_000).default(256),
  WIRE_DELIVERY_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(8),
  WIRE_DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  WIRE_DELIVERY_MAX_TRIES: z.coerce.number().int().min(1).max(20).default(8),
  // The WebSub hub every feed names (rel="hub") and that each change to the feeds is announced to; unset: none.
  WEBSUB_HUB_URL: z
    .string()
    .optional()
    .transform((value) => value || undefined)
    .refine((value) => value === undefined || (/^https?:\/\/[^/\s]+/i.test(value) && URL.canParse(value)), 'must be an http:// or https:// address of a WebSub hub'),
  // The longest one announcement to the hub may take.
  WEBSUB_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}

export const env = parsed.data;

