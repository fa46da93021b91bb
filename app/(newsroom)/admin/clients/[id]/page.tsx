import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminForm } from '@/components/newsroom/admin-form';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { listSections } from '@/db/queries/taxonomy';
import { clientUsage, getClient } from '@/db/queries/wire-clients';
import { listAcknowledged, listDeliveries } from '@/db/queries/wire-outbox';
import { authorize, requireStaff } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { getSiteSettings } from '@/lib/site-settings';
import { idSchema } from '@/lib/validation/taxonomy';
import { AcknowledgedTable, DeliveriesTable } from './_components/deliveries';
import { addKeyAction, addProductAction, deleteProductAction, revokeKeyAction, setWebhookAction } from './actions';

export const metadata: Metadata = { title: 'Client' };

const URGENCIES = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: String(n), label: n === 9 ? '9 (everything)' : n === 1 ? '1 (flashes only)' : `${n} or more urgent` }));
const all = (list: string[], none: string) => (list.length ? list.join(', ') : none);

type Props = { params: Promise<{ id: string }> };

export default async function ClientPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/clients/${id}`);
  authorize(actor, 'clients:manage');
  const parsed = idSchema.safeParse(id);
  const client = parsed.success ? await getClient(parsed.data) : null;
  if (!client) notFound();
  const [site, sections, usage, deliveries, acknowledged] = await Promise.all([getSiteSettings(), listSections(), clientUsage(client.id), listDeliveries(client.id), listAcknowledged(client.id)]);
  const hidden = { id: String(client.id) };
  const sectionName = (sid: number) => sections.find((s) => s.id === sid)?.name ?? `#${sid}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/clients">← All clients</Link>
      </p>
      <AdminPageHeader title={client.name} description={`Wire client since ${formatDateTime(client.createdAt, site.timeZone)}.`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="keys-heading" className={adminCard}>
          <h2 id="keys-heading" className="mb-3 font-serif text-xl font-bold">API keys</h2>
          <ul className="mb-4 divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
            {client.keys.map((k) => (
              <li key={k.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-mono">mwk_{k.prefix}_…</span> {k.label && `(${k.label})`} · {k.rateLimit}/min ·{' '}
                  {k.revokedAt ? <span className="font-semibold text-red-700 dark:text-red-400">revoked {formatDateTime(k.revokedAt, site.timeZone)}</span> : 'live'}
                </span>
                {!k.revokedAt && (
                  <AdminForm action={revokeKeyAction} idPrefix={`revoke-${k.id}`} hidden={{ ...hidden, keyId: String(k.id) }} variant="danger" submit={`Revoke key ${k.prefix}`} confirm="Revoke this key? The client's next request with it is refused." />
                )}
              </li>
            ))}
          </ul>
          <AdminForm
            action={addKeyAction}
            idPrefix="key"
            hidden={hidden}
            columns={2}
            submit="Issue a new key"
            fields={[
              { name: 'label', label: 'Label', autoComplete: 'off' },
              { name: 'rateLimit', label: 'Requests per minute', type: 'number', defaultValue: '600' },
            ]}
          />
        </section>
        <section aria-labelledby="webhook-heading" className={adminCard}>
          <h2 id="webhook-heading" className="mb-3 font-serif text-xl font-bold">Webhook</h2>
          <p className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">
            Each new version the client’s products allow is POSTed here as ninjs, signed with the client’s own secret (<code>X-Meridian-Signature</code>). Empty: no pushes.
          </p>
          <AdminForm
            action={setWebhookAction}
            idPrefix="webhook"
            hidden={hidden}
            submit="Save webhook"
            fields={[
              { name: 'webhook', label: 'Webhook URL', type: 'url', defaultValue: client.webhookUrl ?? '', autoComplete: 'off' },
              { name: 'rotate', label: 'Make a new signing secret', type: 'checkbox' },
            ]}
          />
        </section>
      </div>
      <section aria-labelledby="products-heading" className={`${adminCard} mt-6`}>
        <h2 id="products-heading" className="mb-3 font-serif text-xl font-bold">Products</h2>
        <p className="mb-3 text-sm text-neutral-700 dark:text-neutral-300">The client takes an item when any product allows it. An empty list means any.</p>
        <ul className="mb-4 divide-y divide-neutral-200 text-sm dark:divide-neutral-800">
          {client.products.length === 0 && <li className="py-2">No products: the client receives nothing.</li>}
          {client.products.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                <span className="font-semibold">{p.name}</span>: sections {all(p.sectionIds.map(sectionName), 'any')}; topics {all(p.topicQcodes, 'any')}; languages {all(p.languages, 'any')}; urgency 1–{p.minUrgency};{' '}
                {p.embargoed ? 'receives embargoed items' : 'no embargoed items'}
              </span>
              <AdminForm action={deleteProductAction} idPrefix={`product-${p.id}`} hidden={{ ...hidden, productId: String(p.id) }} variant="danger" submit={`Remove product ${p.name}`} />
            </li>
          ))}
        </ul>
        <AdminForm
          action={addProductAction}
          idPrefix="product"
          hidden={hidden}
          columns={2}
          submit="Add product"
          fields={[
            { name: 'name', label: 'Product name', autoComplete: 'off' },
            { name: 'sections', label: 'Sections (addresses, comma-separated)', hint: `Empty: all. Ours: ${sections.map((s) => s.slug).join(', ')}`, autoComplete: 'off' },
            { name: 'topics', label: 'Media Topics (qcodes)', hint: 'Empty: all. Like medtop:04000000', autoComplete: 'off' },
            { name: 'languages', label: 'Languages', hint: 'Empty: all. Like en, es', autoComplete: 'off' },
            { name: 'minUrgency', label: 'Urgency taken', type: 'select', options: URGENCIES, defaultValue: '9' },
            { name: 'embargoed', label: 'Receives embargoed items before the lift', type: 'checkbox' },
          ]}
        />
      </section>
      <section aria-labelledby="ack-heading" className={`${adminCard} mt-6`}>
        <h2 id="ack-heading" className="mb-3 font-serif text-xl font-bold">What the client has</h2>
        <AcknowledgedTable rows={acknowledged} />
      </section>
      <section aria-labelledby="deliveries-heading" className={`${adminCard} mt-6`}>
        <h2 id="deliveries-heading" className="mb-3 font-serif text-xl font-bold">Pushes</h2>
        <DeliveriesTable clientId={client.id} rows={deliveries} timeZone={site.timeZone} />
      </section>
      <section aria-labelledby="usage-heading" className={`${adminCard} mt-6`}>
        <h2 id="usage-heading" className="mb-3 font-serif text-xl font-bold">API usage</h2>
        <p className="mb-3 text-sm">
          {usage.day} requests in the last 24 hours, {usage.week} in the last 7 days
          {usage.byStatus.length ? ` (${usage.byStatus.map((s) => `${s.n} × ${s.status}`).join(', ')})` : ''}.
        </p>
        {usage.recent.length > 0 && (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300 dark:border-neutral-700">
                <th scope="col" className="py-2 pr-4">Time</th>
                <th scope="col" className="py-2 pr-4">Path</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4">Key</th>
              </tr>
            </thead>
            <tbody>
              {usage.recent.map((r, i) => (
                <tr key={i} className="border-b border-neutral-200 dark:border-neutral-800">
                  <td className="py-2 pr-4">{formatDateTime(r.at, site.timeZone)}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{r.path}</td>
                  <td className="py-2 pr-4">{r.status}</td>
                  <td className="py-2 pr-4 font-mono text-xs">{r.prefix ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
