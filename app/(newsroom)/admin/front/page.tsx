import type { Metadata } from 'next';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { getBannerForEditor, listFrontForEditor, searchStoriesToPin } from '@/db/queries/front-admin';
import { listSections } from '@/db/queries/taxonomy';
import { authorize, requireStaff } from '@/lib/auth';
import { HOME_FRONT, sectionFront, TOP_STORIES } from '@/lib/front-page';
import { getSiteSettings } from '@/lib/site-settings';
import { BannerPanel } from './_components/banner-panel';
import { FrontSlots } from './_components/front-slots';
import { StoryFinder } from './_components/story-finder';

export const metadata: Metadata = { title: 'Front page' };

/** The moment this request is answered: the banner's state and the expiry field's default follow it. */
function requestTime() {
  return Date.now();
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FrontPage({ searchParams }: Props) {
  const actor = await requireStaff('/admin/front');
  authorize(actor, 'front:arrange');
  const raw = (await searchParams).q;
  const query = (typeof raw === 'string' ? raw : '').slice(0, 200);
  const now = requestTime();
  const [home, sections, candidates, banner, site] = await Promise.all([
    listFrontForEditor(HOME_FRONT),
    listSections(),
    searchStoriesToPin(query, null, 15),
    getBannerForEditor(now),
    getSiteSettings(),
  ]);
  const sectionLeads = await Promise.all(sections.map(async (s) => ({ section: s, pinned: await listFrontForEditor(sectionFront(s.id)) })));
  return (
    <>
      <AdminPageHeader
        title="Front page"
        description={`Choose the lead and up to ${TOP_STORIES} top stories of the home page, a lead for each section, and a breaking-news banner. Every change is on the site within a second; the rest of each page fills with the newest stories.`}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <section aria-labelledby="home-front-heading" className={adminCard}>
            <h2 id="home-front-heading" className="mb-1 font-serif text-xl font-bold">Home page</h2>
            <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">The first slot is the lead. A story taken off the site leaves its slot by itself; the next one moves up.</p>
            <FrontSlots scope={HOME_FRONT} slots={home} empty="Nothing is pinned: the newest story leads the home page." />
          </section>
          <StoryFinder query={query} candidates={candidates} homeFull={home.length > TOP_STORIES} sectionsWithLead={new Set(sectionLeads.filter((l) => l.pinned.length > 0).map((l) => l.section.id))} site={site} />
        </div>
        <div className="space-y-6">
          <BannerPanel banner={banner} site={site} now={now} />
          <section aria-labelledby="section-leads-heading" className={adminCard}>
            <h2 id="section-leads-heading" className="mb-1 font-serif text-xl font-bold">Section leads</h2>
            <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">A pinned lead opens its section’s page above the newest stories. Pin one from “Find a story”.</p>
            <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
              {sectionLeads.map(({ section, pinned }) => (
                <li key={section.id} className="py-3">
                  <h3 className="mb-1 text-sm font-bold">{section.name}</h3>
                  <FrontSlots scope={sectionFront(section.id)} slots={pinned} empty="No pinned lead." compact />
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}
