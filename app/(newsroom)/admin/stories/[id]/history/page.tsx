import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ActionForm } from '@/components/newsroom/action-form';
import { ConfirmButton } from '@/components/newsroom/confirm-button';
import { getRevision, listRevisions } from '@/db/queries/revisions';
import { getStoryAccess } from '@/db/queries/stories';
import { authorize, requireStaff } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { can } from '@/lib/permissions';
import { getSiteSettings } from '@/lib/site-settings';
import { diffSnapshots } from '@/lib/story-diff';
import { isLive } from '@/lib/visibility';
import { storyIdFrom } from '../story-id';
import { restoreRevisionAction } from './actions';

export const metadata: Metadata = { title: 'History' };

const version = z.coerce.number().int().positive().optional().catch(undefined);
const querySchema = z.object({ from: version, to: version, restored: version, error: z.enum(['stale', 'missing', 'fields']).optional().catch(undefined) });

const ERRORS = {
  stale: 'Not restored: the story changed while you were looking. Check the newest version and try again.',
  missing: 'That version no longer exists.',
  fields: 'Not restored: that version no longer passes the checks (for example, its section or slug is gone or taken).',
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const site = await getSiteSettings();
  const id = await storyIdFrom(params);
  const actor = await requireStaff(`/admin/stories/${id}/history`);
  const story = await getStoryAccess(id);
  if (!story) notFound();
  authorize(actor, 'story:view', story);
  const query = querySchema.parse(await searchParams);
  const revisions = await listRevisions(id);
  const newest = revisions[0]?.version ?? story.version;
  const toV = query.to ?? newest;
  const fromV = query.from ?? revisions.find((r) => r.version < toV)?.version ?? toV;
  const from = await getRevision(id, fromV);
  const to = await getRevision(id, toV);
  const diff = from && to ? diffSnapshots(from.snapshot, to.snapshot) : [];
  const canRestore = can(actor, 'story:edit', story);
  const live = isLive(story);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-bold">History</h1>
        <Link href={`/admin/stories/${id}`} className="text-sm font-semibold text-brand-700 underline dark:text-blue-300">
          Back to the editor
        </Link>
      </div>
      {query.restored && <p role="status" className="rounded-md bg-green-50 px-4 py-3 text-sm font-medium text-green-900 dark:bg-green-950/50 dark:text-green-200">Version {query.restored} restored as a new version.</p>}
      {query.error && <p role="alert" className="rounded-md bg-red-50 px-4 py-3 text-sm font-medium text-red-800 dark:bg-red-950/50 dark:text-red-200">{ERRORS[query.error]}</p>}
      <div className="grid gap-6 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <form method="get" className="space-y-3">
          <table className="w-full overflow-hidden rounded-lg border border-neutral-200 bg-white text-sm dark:border-neutral-800 dark:bg-neutral-900">
            <thead className="bg-neutral-100 text-left dark:bg-neutral-800">
              <tr>
                <th className="px-2 py-2">From</th>
                <th className="px-2 py-2">To</th>
                <th className="px-2 py-2">Version</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.version} className="border-t border-neutral-200 dark:border-neutral-800">
                  <td className="px-2 py-2"><input type="radio" name="from" value={r.version} defaultChecked={r.version === fromV} aria-label={`Compare from version ${r.version}`} /></td>
                  <td className="px-2 py-2"><input type="radio" name="to" value={r.version} defaultChecked={r.version === toV} aria-label={`Compare to version ${r.version}`} /></td>
                  <td className="px-2 py-2">
                    <p className="font-semibold">v{r.version} · {r.summary}</p>
                    <p className="text-neutral-600 dark:text-neutral-400">{r.by ?? 'Unknown'} · {formatDateTime(r.createdAt, site.timeZone)}</p>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="submit" className="rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">Compare</button>
        </form>
        <section aria-labelledby="diff-heading" className="min-w-0 space-y-4">
          <h2 id="diff-heading" className="font-serif text-xl font-bold">Changes from v{fromV} to v{toV}</h2>
          {diff.length === 0 ? (
            <p className="text-neutral-600 dark:text-neutral-400">No text differences between these versions.</p>
          ) : (
            diff.map((d) => (
              <div key={d.field} className="rounded-lg border border-neutral-200 bg-white p-4 dark:border-neutral-800 dark:bg-neutral-900">
                <h3 className="text-sm font-semibold text-neutral-600 dark:text-neutral-400">{d.label}</h3>
                <p className="mt-1 font-serif whitespace-pre-wrap">
                  {d.parts.map((p, i) =>
                    p.added ? <ins key={i} className="bg-green-100 text-green-950 no-underline dark:bg-green-900/60 dark:text-green-100">{p.value}</ins>
                    : p.removed ? <del key={i} className="bg-red-100 text-red-950 dark:bg-red-900/60 dark:text-red-100">{p.value}</del>
                    : <span key={i}>{p.value}</span>,
                  )}
                </p>
              </div>
            ))
          )}
          {canRestore && from && fromV !== newest && (
            <ActionForm action={restoreRevisionAction} className="space-y-2">
              {live && (
                <p className="rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
                  <strong>This story is live.</strong> Restoring changes the public page at once: readers see the text of version {fromV} as soon as you confirm.
                </p>
              )}
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="version" value={fromV} />
              <input type="hidden" name="current" value={story.version} />
              <ConfirmButton question={`${live ? 'This story is live: the public page changes at once. ' : ''}Restore the text of version ${fromV}? It becomes a new version; nothing is lost.`} className="rounded-md bg-neutral-900 px-3 py-2 text-sm font-semibold text-white dark:bg-white dark:text-neutral-900">
                Restore version {fromV}
              </ConfirmButton>
            </ActionForm>
          )}
        </section>
      </div>
    </div>
  );
}
