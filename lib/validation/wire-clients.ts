import { z } from 'zod';

// Forms of /admin/clients (issue 12). Pure, so forms may reuse them for hints; the webhook's
// address rule (no private hosts) needs DNS and is checked by the action (lib/wire/webhook-url.ts).

const id = z.coerce.number().int().positive();
const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(120, 'At most 120 characters.')
    .refine((v) => !/[<>]/.test(v), 'Plain text only: no < or >.');
const rateLimit = z.coerce
  .number({ error: 'Enter requests per minute, a whole number.' })
  .int('Enter a whole number.')
  .min(1, 'At least 1 request a minute.')
  .max(100_000, 'At most 100,000 requests a minute.');
const webhook = z
  .string()
  .trim()
  .max(500, 'At most 500 characters.')
  .transform((v) => (v === '' ? null : v));
const list = (pattern: RegExp, message: string) =>
  z
    .string()
    .max(2_000, 'At most 2,000 characters.')
    .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])
    .refine((items) => items.every((i) => pattern.test(i)), message);

export const clientCreateSchema = z.object({ name: name('client’s name'), webhook: webhook.default(''), rateLimit: rateLimit.default(600) });
export const keyCreateSchema = z.object({ id, label: z.string().trim().max(80, 'At most 80 characters.').default(''), rateLimit: rateLimit.default(600) });
export const keyRevokeSchema = z.object({ id, keyId: id });
export const webhookSchema = z.object({ id, webhook, rotate: z.literal('on').optional() });
export const productSchema = z.object({
  id,
  name: name('product’s name'),
  sections: list(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Section addresses (slugs) separated by commas, like world, business.'),
  topics: list(/^medtop:\d{8}$/, 'Media Topic qcodes separated by commas, like medtop:04000000.'),
  languages: list(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Language tags separated by commas, like en, es-419.'),
  minUrgency: z.coerce.number({ error: 'Pick an urgency.' }).int().min(1, 'Urgency runs from 1 to 9.').max(9, 'Urgency runs from 1 to 9.'),
  embargoed: z.literal('on').optional(),
});
export const productDeleteSchema = z.object({ id, productId: id });
export const resendSchema = z.object({ id, deliveryId: id });
export const clientIdSchema = z.object({ id });
