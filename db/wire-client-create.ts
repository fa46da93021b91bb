import { generateKey, generateWebhookSecret } from '../lib/wire/keys';
import type { Product } from '../lib/wire/products';
import type { Db } from './connect';
import { auditLog, wireApiKeys, wireClients, wireProducts } from './schema';

// Creating a wire client, written once for the admin screen (db/queries/wire-clients.ts) and the
// shell (`npm run wire:client`, scripts/wire-client.ts, which cannot load server-only modules).

export type NewClientInput = {
  name: string;
  /** Already checked (lib/wire/webhook-url.ts); null for a client that only polls. */
  webhookUrl: string | null;
  product: Product;
  rateLimit: number;
  actorId: number | null;
  /** Recorded in the audit entry when the client was made from the shell or by the demo seed. */
  via?: 'wire:client' | 'db:seed';
};

/** Inserts the client, its first product and first key, audited, inside `tx`; the key and secret are returned once. */
export async function insertWireClient(tx: Db, input: NewClientInput, now = new Date()): Promise<{ clientId: number; key: string; prefix: string; webhookSecret: string | null }> {
  const webhookSecret = input.webhookUrl ? generateWebhookSecret() : null;
  const [client] = await tx
    .insert(wireClients)
    .values({ name: input.name, webhookUrl: input.webhookUrl, webhookSecret, createdById: input.actorId, createdAt: now })
    .returning({ id: wireClients.id });
  const clientId = client!.id;
  await tx.insert(wireProducts).values({ clientId, name: 'Everything', ...input.product, createdAt: now });
  const key = generateKey();
  await tx.insert(wireApiKeys).values({ clientId, prefix: key.prefix, keyHash: key.hash, label: 'First key', rateLimit: input.rateLimit, createdAt: now });
  await tx.insert(auditLog).values({
    actorId: input.actorId,
    action: 'wire.client_create',
    targetType: 'wire_client',
    targetId: clientId,
    details: { name: input.name, webhook: input.webhookUrl ?? '', ...(input.via ? { via: input.via } : {}) },
    createdAt: now,
  });
  return { clientId, key: key.key, prefix: key.prefix, webhookSecret };
}
