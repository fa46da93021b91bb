import type { Metadata } from 'next';
import Link from 'next/link';
import { inputClass } from '@/components/newsroom/field';
import { AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { AUDIT_ACTIONS, listAudit, listAuditActors } from '@/db/queries/audit';
import { authorize, requireStaff } from '@/lib/auth';
import { auditSentence } from '@/lib/audit-sentence';
import { formatDateTime } from '@/lib/format';
import { getSiteSettings } from '@/lib/site-settings';
import { parseAuditFilter } from './filter';

export const metadata: Metadata = { title: 'Audit log' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const site = await getSiteSettings();
  const actor = await requireStaff('/admin/audit');
  authorize(actor, 'audit:view');
  // The filter's days and the times shown are in one zone, the site's, and both say which.
  const zone = site.timeZone;
  const filter = parseAuditFilter(await searchParams, zone);
  const { items, total, pageCount } = await listAudit(filter);
  const actors = await listAuditActors();
  const pageHref = (page: number) => `/admin/audit?${new URLSearchParams({ ...filter.raw, page: String(page) })}`;
  const label = 'block text-sm font-semibold text-neutral-800 dark:text-neutral-200';
  return (
    <>
      <AdminPageHeader
        title="Audit log"
        description={`Who published, edited, corrected or deleted stories, changed sections, tags or author profiles, changed roles or accounts, sent invitations or changed settings, and when. Times and dates are in the site’s time zone, ${zone}.`}
      />
      <form method="get" className="mb-6 grid gap-3 sm:grid-cols-[repeat(4,minmax(0,1fr))_auto] sm:items-end">
        <div>
          <label htmlFor="f-action" className={label}>Action</label>
          <select id="f-action" name="action" defaultValue={filter.action ?? ''} className={inputClass}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-actor" className={label}>Who</label>
          <select id="f-actor" name="actor" defaultValue={filter.actorId ? String(filter.actorId) : ''} className={inputClass}>
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>{a.name}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className={label}>From (day in {zone})</label>
          <input id="f-from" name="from" type="date" defaultValue={filter.raw.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="f-to" className={label}>To (day in {zone}, included)</label>
          <input id="f-to" name="to" type="date" defaultValue={filter.raw.to} className={inputClass} />
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600">
          Filter
        </button>
      </form>
      <p className="mb-2 text-sm text-neutral-600 dark:text-neutral-400">{total} {total === 1 ? 'entry' : 'entries'}</p>
      <div className="overflow-x-auto rounded-lg border border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-neutral-200 text-xs tracking-wide text-neutral-600 uppercase dark:border-neutral-800 dark:text-neutral-400">
            <tr>
              <th scope="col" className="px-4 py-2">When ({zone})</th>
              <th scope="col" className="px-4 py-2">What happened</th>
              <th scope="col" className="px-4 py-2">Action</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-neutral-200 dark:divide-neutral-800">
            {items.map((r) => (
              <tr key={r.id} className="align-top">
                <td className="px-4 py-2 whitespace-nowrap">{formatDateTime(r.at, zone)}</td>
                <td className="min-w-64 px-4 py-2">
                  {auditSentence(r)}
                  {r.targetType === 'story' && r.targetId && r.action !== 'story.delete' && (
                    <Link href={`/admin/stories/${r.targetId}`} className="ml-2 text-xs whitespace-nowrap">
                      Open story #{r.targetId}
                    </Link>
                  )}
                </td>
                <td className="px-4 py-2 font-mono text-xs whitespace-nowrap text-neutral-600 dark:text-neutral-400">{r.action}</td>
              </tr>
            ))}
            {items.length === 0 && (
              <tr>
                <td colSpan={3} className="px-4 py-6 text-center text-neutral-600 dark:text-neutral-400">Nothing matches this filter.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {pageCount > 1 && (
        <nav aria-label="Audit pages" className="mt-4 flex items-center gap-4 text-sm">
          {filter.page > 1 && <Link href={pageHref(filter.page - 1)}>← Newer</Link>}
          <span>Page {filter.page} of {pageCount}</span>
          {filter.page < pageCount && <Link href={pageHref(filter.page + 1)}>Older →</Link>}
        </nav>
      )}
    </>
  );
}
