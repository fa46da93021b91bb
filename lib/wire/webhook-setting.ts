import 'server-only';
import { env } from '@/lib/env';
import { checkWebhookUrl } from './webhook-url';

/** A webhook typed on /admin/clients (null: none), checked with this installation's WIRE_ALLOW_PRIVATE_WEBHOOKS. */
export async function checkedWebhook(raw: string | null): Promise<{ ok: true; url: string | null } | { ok: false; message: string }> {
  if (raw === null) return { ok: true, url: null };
  const checked = await checkWebhookUrl(raw, env.WIRE_ALLOW_PRIVATE_WEBHOOKS === '1');
  return checked.ok ? { ok: true, url: checked.url } : checked;
}
