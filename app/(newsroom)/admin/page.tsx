import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { countStoriesByStatus, listStoriesForStaff } from '@/db/queries/stories';
import { ARTICLE_STATUSES } from '@/lib/domain';
import { STATUS_LABEL } from '@/components/newsroom/status-badge';
import { StoryTable } from '@/components/newsroom/story-table';
import { requireStaff } from '@/lib/auth';
import { getSiteSettings } from '@/lib/site-settings';

export const metadata: Metadata = { title: 'Stories' };

const filterSchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  scope: z.enum(['mine', 'all']).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(params: { status?: string; scope: string; q?: string }) {
  const sp = new URLSearchParams();
  if (params.status) sp.set('status', params.status);
  sp.set('scope', params.scope);
  if (params.q) sp.set('q', params.q);
  return `/admin?${sp.toString()}`;
}

export default async function Dashboard({ searchParams }: Props) {
  const site = await getSiteSettings();
  const actor = await requireStaff('/admin');
  const filter = filterSchema.parse(await searchParams);
  const contributor = actor.role === 'contributor';
  // Editors and admins run the desk: they open on every story, not on an often empty "Mine".
  const deskWide = actor.role === 'editor' || actor.role === 'admin';
  const scope = contributor ? 'mine' : (filter.scope ?? (deskWide ? 'all' : 'mine'));
  const mine = scope === 'mine';
  const counts = await countStoriesByStatus(actor, mine);
  const stories = await listStoriesForStaff(actor, { status: filter.status, mine, q: filter.q || undefined });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const tab = (active: boolean) =>
    `rounded-full px-3 py-1 text-sm font-semibold no-underline whitespace-nowrap ${active ? 'bg-neutral-900 text-white dark:bg-white dark:text-neutral-900' : 'text-neutral-700 hover:bg-neutral-200 dark:text-neutral-300 dark:hover:bg-neutral-800'}`;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">Stories</h1>
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
            Newest change first. <Link href="/admin/stories" className="font-semibold text-brand-700 underline dark:text-blue-300">Filter by section, author or date, and act on several at once</Link>
          </p>
        </div>
        <Link href="/admin/stories/new" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800 dark:bg-brand-600">
          New story
        </Link>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        {!contributor && (
          <nav aria-label="Whose stories" className="flex rounded-full border border-neutral-300 p-0.5 dark:border-neutral-700">
            <Link href={href({ status: filter.status, scope: 'mine', q: filter.q })} aria-current={mine ? 'page' : undefined} className={tab(mine)}>
              Mine
            </Link>
            <Link href={href({ status: filter.status, scope: 'all', q: filter.q })} aria-current={!mine ? 'page' : undefined} className={tab(!mine)}>
              All
            </Link>
          </nav>
        )}
        <form action="/admin" method="get" role="search" className="flex min-w-0 flex-1 gap-2 sm:max-w-sm">
          <input type="hidden" name="scope" value={scope} />
          {filter.status && <input type="hidden" name="status" value={filter.status} />}
          <label htmlFor="story-search" className="sr-only">
            Search headlines
          </label>
          <input
            id="story-search"
            name="q"
            type="search"
            defaultValue={filter.q}
            placeholder="Search headlines"
            className="min-w-0 flex-1 rounded-md border border-neutral-300 bg-white px-3 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900"
          />
          <button type="submit" className="rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
            Search
          </button>
        </form>
      </div>

      <nav aria-label="Status" className="-mx-1 flex gap-1 overflow-x-auto pb-1">
        <Link href={href({ scope, q: filter.q })} aria-current={!filter.status ? 'page' : undefined} className={tab(!filter.status)}>
          All statuses <span className="font-normal">{total}</span>
        </Link>
        {ARTICLE_STATUSES.map((s) => (
          <Link key={s} href={href({ status: s, scope, q: filter.q })} aria-current={filter.status === s ? 'page' : undefined} className={tab(filter.status === s)}>
            {STATUS_LABEL[s]} <span className="font-normal">{counts[s]}</span>
          </Link>
        ))}
      </nav>

      <StoryTable stories={stories} timeZone={site.timeZone} empty={filter.q ? `No headline matches “${filter.q}”.` : 'No stories here yet.'} />
    </div>
  );
}
