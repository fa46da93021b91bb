'use server';

import { revalidatePath } from 'next/cache';
import { adminRefusal, refused, type AdminFormState } from '@/components/newsroom/admin-form-state';
import { listSections } from '@/db/queries/taxonomy';
import { addKey, addProduct, deleteProduct, getClient, revokeKey, setWebhook } from '@/db/queries/wire-clients';
import { resendDelivery } from '@/db/queries/wire-outbox';
import { staffAction } from '@/lib/action';
import { keyCreateSchema, keyRevokeSchema, productDeleteSchema, productSchema, resendSchema, webhookSchema } from '@/lib/validation/wire-clients';
import { checkedWebhook } from '@/lib/wire/webhook-setting';

// /admin/clients/{id}: admins only ('clients:manage'), every action through the door (lib/action.ts)
// with the client re-loaded by id; every write is audited by the data layer.

const ofClient = { permission: 'clients:manage', refuse: adminRefusal, load: (input: { id: number }) => getClient(input.id), missing: 'This client no longer exists.' } as const;

export const addKeyAction = staffAction({ ...ofClient, schema: keyCreateSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await addKey(actor.id, input.id, { label: input.label, rateLimit: input.rateLimit });
  if (!result.ok) return refused(formData, result.errors, 'No key was issued.');
  revalidatePath(`/admin/clients/${input.id}`);
  return { outcome: 'saved', message: `Key ${result.value.prefix} issued.`, secrets: [{ label: 'API key', value: result.value.key }] };
});

export const revokeKeyAction = staffAction({ ...ofClient, schema: keyRevokeSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await revokeKey(actor.id, input.id, input.keyId);
  if (!result.ok) return refused(formData, result.errors, 'The key was not revoked.');
  revalidatePath(`/admin/clients/${input.id}`);
  return { outcome: 'saved', message: `Key ${result.value.prefix} revoked: its next request is refused.` };
});

export const setWebhookAction = staffAction({ ...ofClient, schema: webhookSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const webhook = await checkedWebhook(input.webhook);
  if (!webhook.ok) return refused(formData, { webhook: [webhook.message] }, 'The webhook was not saved.');
  const result = await setWebhook(actor.id, input.id, webhook.url, input.rotate === 'on');
  if (!result.ok) return refused(formData, result.errors, 'The webhook was not saved.');
  revalidatePath(`/admin/clients/${input.id}`);
  if (!webhook.url) return { outcome: 'saved', message: 'Webhook removed: nothing more is pushed to this client.' };
  return { outcome: 'saved', message: 'Webhook saved.', secrets: result.value.secret ? [{ label: 'Webhook signing secret', value: result.value.secret }] : undefined };
});

export const addProductAction = staffAction({ ...ofClient, schema: productSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const sections = await listSections();
  const unknown = input.sections.filter((slug) => !sections.some((s) => s.slug === slug));
  if (unknown.length) return refused(formData, { sections: [`No section has the address ${unknown.join(', ')}.`] }, 'The product was not added.');
  const result = await addProduct(actor.id, input.id, {
    name: input.name,
    sectionIds: sections.filter((s) => input.sections.includes(s.slug)).map((s) => s.id),
    topicQcodes: input.topics,
    languages: input.languages,
    minUrgency: input.minUrgency,
    embargoed: input.embargoed === 'on',
  });
  if (!result.ok) return refused(formData, result.errors, 'The product was not added.');
  revalidatePath(`/admin/clients/${input.id}`);
  return { outcome: 'saved', message: `Product ${input.name} added.` };
});

export const deleteProductAction = staffAction({ ...ofClient, schema: productDeleteSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  const result = await deleteProduct(actor.id, input.id, input.productId);
  if (!result.ok) return refused(formData, result.errors, 'The product was not removed.');
  revalidatePath(`/admin/clients/${input.id}`);
  return { outcome: 'saved', message: 'Product removed.' };
});

export const resendAction = staffAction({ ...ofClient, schema: resendSchema }, async ({ actor, input, formData }): Promise<AdminFormState> => {
  if (!(await resendDelivery(actor.id, input.id, input.deliveryId))) return refused(formData, { form: ['This delivery is not this client’s.'] }, 'Nothing was resent.');
  revalidatePath(`/admin/clients/${input.id}`);
  return { outcome: 'saved', message: 'Queued to send again now.' };
});
