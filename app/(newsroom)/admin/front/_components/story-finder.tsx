import { inputClass } from '@/components/newsroom/field';
import { adminCard } from '@/components/newsroom/admin-page-header';
import { FrontButton } from '@/components/newsroom/front-button';
import type { PinCandidate } from '@/db/queries/front-admin';
import { formatCardDateTime } from '@/lib/format';
import { HOME_FRONT, sectionFront } from '@/lib/front-page';
import type { SiteSettings } from '@/lib/site-settings';
import { changeFrontAction } from '../actions';

/**
 * Finding a published story to pin: a plain GET search on the server (the newest matches, never a
 * list of the whole archive), each result with its pin buttons.
 */
export function StoryFinder({ query, candidates, homeFull, sectionsWithLead, site }: { query: string; candidates: PinCandidate[]; homeFull: boolean; sectionsWithLead: Set<number>; site: SiteSettings }) {
  return (
    <section aria-labelledby="find-heading" className={adminCard}>
      <h2 id="find-heading" className="mb-3 font-serif text-xl font-bold">Find a story</h2>
      <form method="get" role="search" aria-label="Published stories" className="mb-4 flex gap-2">
        <div className="grow">
          <label htmlFor="front-q" className="block text-sm font-semibold text-neutral-800 dark:text-neutral-200">
            Headline contains
          </label>
          <input id="front-q" name="q" type="search" defaultValue={query} className={inputClass} />
        </div>
        <button type="submit" className="self-end rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600">
          Search
        </button>
      </form>
      <p className="mb-2 text-sm text-neutral-600 dark:text-neutral-400">
        {query ? `Published stories matching “${query}”, newest first:` : 'The newest published stories:'}
        {homeFull && ' The home page is full: unpin a story before pinning another.'}
      </p>
      {candidates.length === 0 ? (
        <p className="text-sm">No published story matches.</p>
      ) : (
        <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {candidates.map((c) => (
            <li key={c.id} className="py-3">
              <h3 className="font-semibold">{c.headline}</h3>
              <p className="mb-2 text-xs text-neutral-600 dark:text-neutral-400">
                {c.sectionName} · {formatCardDateTime(c.publishedAt, site.timeZone, site.locale)}
              </p>
              <div className="flex flex-wrap gap-1">
                <FrontButton action={changeFrontAction} fields={{ scope: HOME_FRONT, change: 'lead', storyId: String(c.id) }} label="Make lead" name={`Make lead: ${c.headline}`} />
                <FrontButton action={changeFrontAction} fields={{ scope: HOME_FRONT, change: 'top', storyId: String(c.id) }} label="Add to top stories" name={`Add to top stories: ${c.headline}`} />
                <FrontButton
                  action={changeFrontAction}
                  fields={{ scope: sectionFront(c.sectionId), change: 'lead', storyId: String(c.id) }}
                  label={`Lead of ${c.sectionName}`}
                  name={`Lead of ${c.sectionName}: ${c.headline}`}
                  disabled={sectionsWithLead.has(c.sectionId)}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
