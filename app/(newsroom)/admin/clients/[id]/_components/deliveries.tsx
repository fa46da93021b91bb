import { AdminForm } from '@/components/newsroom/admin-form';
import type { AcknowledgedRow, DeliveryRow } from '@/db/queries/wire-outbox';
import { formatDateTime } from '@/lib/format';
import { resendAction } from '../actions';

const th = 'py-2 pr-4';
const td = 'py-2 pr-4 align-top';

const STATUS: Record<DeliveryRow['status'], string> = { pending: 'Waiting', delivered: 'Delivered', failed: 'Failed' };

/** Which version of each item the client has acknowledged (2xx): after a kill, who still shows it. */
export function AcknowledgedTable({ rows }: { rows: AcknowledgedRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-neutral-700 dark:text-neutral-300">Nothing has been queued for this client yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="border-b border-neutral-300 dark:border-neutral-700">
          <th scope="col" className={th}>Item</th>
          <th scope="col" className={th}>Latest version sent</th>
          <th scope="col" className={th}>Acknowledged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const behind = r.acknowledged === null || r.acknowledged < r.latestVersion;
          return (
            <tr key={r.itemUri} className="border-b border-neutral-200 dark:border-neutral-800">
              <td className={td}>
                <span className="font-semibold">{r.headline}</span>
                <span className="block font-mono text-xs text-neutral-600 dark:text-neutral-400">{r.itemUri}</span>
              </td>
              <td className={td}>
                {r.latestVersion} ({r.latestPubstatus})
              </td>
              <td className={`${td} ${behind ? 'font-semibold text-red-700 dark:text-red-400' : ''}`}>
                {r.acknowledged === null ? 'none yet' : `version ${r.acknowledged}`}
                {behind && r.latestPubstatus === 'canceled' ? ' — may still show the killed story' : ''}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every push to the client, newest first, with an admin's resend. */
export function DeliveriesTable({ clientId, rows, timeZone }: { clientId: number; rows: DeliveryRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-sm text-neutral-700 dark:text-neutral-300">No pushes yet.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead>
        <tr className="border-b border-neutral-300 dark:border-neutral-700">
          <th scope="col" className={th}>Item and version</th>
          <th scope="col" className={th}>Status</th>
          <th scope="col" className={th}>Tries</th>
          <th scope="col" className={th}>Response</th>
          <th scope="col" className={th}>Last error</th>
          <th scope="col" className={th}>
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id} className="border-b border-neutral-200 dark:border-neutral-800">
            <td className={td}>
              <span className="font-semibold">{d.headline}</span>
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                version {d.version} ({d.pubstatus}) · queued {formatDateTime(d.createdAt, timeZone)}
              </span>
            </td>
            <td className={td}>
              {STATUS[d.status]}
              <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                {d.status === 'delivered' && d.deliveredAt ? formatDateTime(d.deliveredAt, timeZone) : d.status === 'pending' ? `next try ${formatDateTime(d.nextAttemptAt, timeZone)}` : ''}
              </span>
            </td>
            <td className={td}>{d.attempts}</td>
            <td className={td}>{d.responseCode ?? '—'}</td>
            <td className={`${td} max-w-xs break-words`}>{d.lastError ?? '—'}</td>
            <td className={td}>
              <AdminForm action={resendAction} idPrefix={`resend-${d.id}`} hidden={{ id: String(clientId), deliveryId: String(d.id) }} variant="secondary" submit={`Resend version ${d.version} of “${d.headline}”`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
