import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminForm } from '@/components/newsroom/admin-form';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { listClients } from '@/db/queries/wire-clients';
import { authorize, requireStaff } from '@/lib/auth';
import { createClientAction } from './actions';

export const metadata: Metadata = { title: 'Clients' };

export default async function ClientsPage() {
  const actor = await requireStaff('/admin/clients');
  authorize(actor, 'clients:manage');
  const clients = await listClients();
  return (
    <>
      <AdminPageHeader
        title="Clients"
        description="Media that take our copy from the wire: their API keys, what they take (products), their webhook, their usage and every push to them."
      />
      <section aria-labelledby="new-client-heading" className={`${adminCard} mb-8`}>
        <h2 id="new-client-heading" className="mb-4 font-serif text-xl font-bold">New client</h2>
        <AdminForm
          action={createClientAction}
          idPrefix="client"
          columns={2}
          submit="Create client"
          fields={[
            { name: 'name', label: 'Name', autoComplete: 'off' },
            { name: 'webhook', label: 'Webhook URL (optional)', type: 'url', autoComplete: 'off', hint: 'We POST each new version here, signed. Leave empty for a client that only polls.' },
            { name: 'rateLimit', label: 'Requests per minute for its first key', type: 'number', defaultValue: '600' },
          ]}
        />
      </section>
      <section aria-labelledby="clients-heading">
        <h2 id="clients-heading" className="mb-3 font-serif text-xl font-bold">Clients ({clients.length})</h2>
        {clients.length === 0 ? (
          <p className="text-sm text-neutral-700 dark:text-neutral-300">No clients yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-neutral-300 dark:border-neutral-700">
                <th scope="col" className="py-2 pr-4">Client</th>
                <th scope="col" className="py-2 pr-4">Webhook</th>
                <th scope="col" className="py-2 pr-4">Live keys</th>
                <th scope="col" className="py-2 pr-4">Requests (24 h)</th>
                <th scope="col" className="py-2 pr-4">Pushes waiting / failed</th>
              </tr>
            </thead>
            <tbody>
              {clients.map((c) => (
                <tr key={c.id} className="border-b border-neutral-200 dark:border-neutral-800">
                  <td className="py-2 pr-4 font-semibold">
                    <Link href={`/admin/clients/${c.id}`}>{c.name}</Link>
                  </td>
                  <td className="max-w-xs truncate py-2 pr-4">{c.webhookUrl ?? 'none (polls)'}</td>
                  <td className="py-2 pr-4">{c.activeKeys}</td>
                  <td className="py-2 pr-4">{c.requestsToday}</td>
                  <td className="py-2 pr-4">
                    {c.pending} / <span className={c.failed ? 'font-semibold text-red-700 dark:text-red-400' : ''}>{c.failed}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
