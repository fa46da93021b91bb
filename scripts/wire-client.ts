/**
 * Creates a wire client from the shell, as /admin/clients does (its role in scripts is that of
 * admin:create):
 *   npm run wire:client -- --name "Daily Example" [--webhook https://daily.example/hook] [--rate-limit 600]
 * The client gets the everything product and one API key. The key is printed once, alone on the
 * last line of the output (so `| tail -n 1` captures it); the webhook's signing secret, when there
 * is a webhook, on the line before it. The webhook address is checked as on the admin screen.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { connect, explainConnectionError } from '../db/connect';
import { describeEngine, parseDatabaseUrl } from '../db/engine';
import { migrateConnection } from '../db/migrate';
import { insertWireClient } from '../db/wire-client-create';
import { DEFAULT_PRODUCT } from '../lib/wire/products';
import { checkWebhookUrl } from '../lib/wire/webhook-url';

const USAGE = 'Usage: npm run wire:client -- --name "Daily Example" [--webhook https://daily.example/hook] [--rate-limit 600]';

const argsSchema = z.object({
  name: z.string({ error: '--name is required.' }).trim().min(1, '--name is required.').max(120, '--name has at most 120 characters.'),
  webhook: z.string().trim().optional(),
  'rate-limit': z.coerce.number().int().min(1).max(100_000, '--rate-limit is 1–100000 requests a minute.').default(600),
});

async function main() {
  const { values } = parseArgs({ options: { name: { type: 'string' }, webhook: { type: 'string' }, 'rate-limit': { type: 'string' } }, strict: true });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`${parsed.error.issues.map((i) => i.message).join(' ')}\n${USAGE}`);
  const { name, webhook } = parsed.data;
  let webhookUrl: string | null = null;
  if (webhook) {
    // The one setting the admin screen reads through lib/env.ts; this script is plain Node.
    const checked = await checkWebhookUrl(webhook, process.env.WIRE_ALLOW_PRIVATE_WEBHOOKS === '1');
    if (!checked.ok) throw new Error(`--webhook: ${checked.message}`);
    webhookUrl = checked.url;
  }

  const engine = parseDatabaseUrl(process.env.DATABASE_URL);
  const connection = connect(process.env.DATABASE_URL);
  let made: Awaited<ReturnType<typeof insertWireClient>>;
  try {
    try {
      await migrateConnection(connection);
    } catch (error) {
      throw new Error(explainConnectionError(error, engine));
    }
    made = await connection.transaction((tx) => insertWireClient(tx, { name, webhookUrl, product: DEFAULT_PRODUCT, rateLimit: parsed.data['rate-limit'], actorId: null, via: 'wire:client' }));
  } finally {
    await connection.close();
  }
  console.log(`Wire client "${name}" created (id ${made.clientId}) in ${describeEngine(engine)}, taking everything; narrow its products at /admin/clients/${made.clientId}.`);
  if (made.webhookSecret) console.log(`Webhook signing secret (shown only now): ${made.webhookSecret}`);
  console.log('API key (shown only now), on the next line:');
  console.log(made.key);
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
