import type { Metadata } from 'next';
import { z } from 'zod';
import { BulkStoryForm } from '@/components/newsroom/bulk-story-form';
import { inputClass } from '@/components/newsroom/field';
import { STATUS_LABEL } from '@/components/newsroom/status-badge';
import { StoryTable } from '@/components/newsroom/story-table';
import { editorChoices, listStoriesForStaff } from '@/db/queries/stories';
import { requireStaff } from '@/lib/auth';
import { ARTICLE_STATUSES } from '@/lib/domain';
import { getSiteSettings } from '@/lib/site-settings';
import { zonedInputToUtc } from '@/lib/time-zone';

export const metadata: Metadata = { title: 'Story list' };

const BULK_FORM = 'bulk-stories';
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const filterSchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  section: z.coerce.number().int().positive().optional().catch(undefined),
  author: z.coerce.number().int().positive().optional().catch(undefined),
  from: day,
  to: day,
  q: z.string().trim().max(200).optional().catch(undefined),
});

/** Midnight at the start of `date` (YYYY-MM-DD) in the site's zone; `plusDays` moves on. */
function startOfDay(date: string | undefined, timeZone: string, plusDays = 0): Date | undefined {
  if (!date) return undefined;
  const next = new Date(Date.parse(`${date}T00:00:00Z`) + plusDays * 86_400_000).toISOString().slice(0, 10);
  const ms = zonedInputToUtc(`${next}T00:00`, timeZone);
  return ms === null ? undefined : new Date(ms);
}

function FilterSelect({ id, name, label, value, options }: { id: string; name: string; label: string; value?: string | number; options: [string | number, string][] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ''} className={inputClass}>
        <option value="">Any</option>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StoryListPage({ searchParams }: Props) {
  const site = await getSiteSettings();
  const actor = await requireStaff('/admin/stories');
  const filter = filterSchema.parse(await searchParams);
  const [choices, stories] = await Promise.all([
    editorChoices(),
    listStoriesForStaff(actor, {
      mine: false,
      status: filter.status,
      sectionId: filter.section,
      authorId: filter.author,
      from: startOfDay(filter.from, site.timeZone),
      to: startOfDay(filter.to, site.timeZone, 1),
      q: filter.q || undefined,
    }),
  ]);
  const zone = site.timeZone.replace(/_/g, ' ');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Story list</h1>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {actor.role === 'contributor' ? 'Your stories' : 'Every story'}, newest change first. Dates and times are in the site’s zone, {zone}.
        </p>
      </div>
      <form method="get" action="/admin/stories" role="search" aria-label="Filter stories" className="grid gap-3 rounded-lg border border-neutral-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 dark:border-neutral-800 dark:bg-neutral-900">
        <div>
          <label htmlFor="f-q" className="block text-sm font-semibold">Headline</label>
          <input id="f-q" name="q" type="search" defaultValue={filter.q} className={inputClass} />
        </div>
        <FilterSelect id="f-section" name="section" label="Section" value={filter.section} options={choices.sections.map((x) => [x.id, x.name])} />
        <FilterSelect id="f-author" name="author" label="Author" value={filter.author} options={choices.authors.map((x) => [x.id, x.name])} />
        <FilterSelect id="f-status" name="status" label="Status" value={filter.status} options={ARTICLE_STATUSES.map((x) => [x, STATUS_LABEL[x]])} />
        <div>
          <label htmlFor="f-from" className="block text-sm font-semibold">Changed from <span className="font-normal">({zone})</span></label>
          <input id="f-from" name="from" type="date" defaultValue={filter.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="f-to" className="block text-sm font-semibold">Changed to <span className="font-normal">({zone})</span></label>
          <input id="f-to" name="to" type="date" defaultValue={filter.to} className={inputClass} />
        </div>
        <div className="sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">Filter</button>
        </div>
      </form>
      <BulkStoryForm id={BULK_FORM} sections={choices.sections} />
      <StoryTable stories={stories} timeZone={site.timeZone} empty="No story matches these filters." selectFor={BULK_FORM} />
    </div>
  );
}
