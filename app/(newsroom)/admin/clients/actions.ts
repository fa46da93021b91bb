'use server';

import { revalidatePath } from 'next/cache';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { createClient } from '@/db/queries/wire-clients';
import { DEFAULT_PRODUCT } from '@/lib/wire/products';
import { staffAction } from '@/lib/action';
import { clientCreateSchema } from '@/lib/validation/wire-clients';
import { checkedWebhook } from '@/lib/wire/webhook-setting';

// /admin/clients: admins only ('clients:manage'), through the door (lib/action.ts), audited by the data layer.

const admins = { permission: 'clients:manage', refuse: adminRefusal } as const;

/** Creates a client with an everything product and its first key; shows the key (and signing secret) once. */
export const createClientAction = staffAction({ ...admins, schema: clientCreateSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const webhook = await checkedWebhook(input.webhook);
  if (!webhook.ok) return refused(formData, { webhook: [webhook.message] }, 'The client was not created.');
  const result = await createClient({ name: input.name, webhookUrl: webhook.url, product: DEFAULT_PRODUCT, rateLimit: input.rateLimit, actorId: actor.id });
  if (!result.ok) return refused(formData, result.errors, 'The client was not created.');
  revalidatePath('/admin/clients');
  return {
    outcome: 'saved',
    message: `Client ${input.name} created. Manage it at /admin/clients/${result.value.clientId}.`,
    secrets: [{ label: 'API key', value: result.value.key }, ...(result.value.webhookSecret ? [{ label: 'Webhook signing secret', value: result.value.webhookSecret }] : [])],
  };
});
