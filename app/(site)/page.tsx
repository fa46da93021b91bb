import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleCard } from '@/components/site/article-card';
import { JsonLd } from '@/components/site/json-ld';
import type { ArticleCard as Card } from '@/db/queries/cards';
import { getHomeData } from '@/lib/reader';
import { homeJsonLd, pageMetadata, siteTitle } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';

export async function generateMetadata(): Promise<Metadata> {
  const site = await getSiteSettings();
  return pageMetadata(site, { path: '/', title: siteTitle(site), absoluteTitle: true, description: site.tagline, feed: { page: '/', title: `${site.name}: latest stories` } });
}

export default async function HomePage() {
  const [{ lead, top, latest, rails }, site] = await Promise.all([getHomeData(), getSiteSettings()]);
  if (!lead) {
    return <p className="py-20 text-center text-lg text-neutral-600 dark:text-neutral-400">No stories have been published yet.</p>;
  }
  return (
    <>
      <JsonLd data={homeJsonLd(site)} />
      <h1 className="sr-only">Top stories</h1>
      <section aria-labelledby="lead-heading" className="border-b border-neutral-200 pb-10 dark:border-neutral-800">
        <h2 id="lead-heading" className="sr-only">
          Lead story
        </h2>
        <ArticleCard card={lead} variant="lead" headingLevel={3} />
      </section>
      {top.length > 0 && <CardGrid id="top-heading" title="Top stories" cards={top} columns="lg:grid-cols-3" />}
      <CardGrid id="latest-heading" title="Latest" cards={latest} />
      {rails.map(({ section, items }) => (
        <section key={section.slug} aria-labelledby={`rail-${section.slug}`} className="border-b border-neutral-200 py-10 dark:border-neutral-800">
          <div className="mb-6 flex items-baseline justify-between gap-4">
            <h2 id={`rail-${section.slug}`} className="font-serif text-2xl font-bold">
              <Link href={`/${section.slug}`} className="text-neutral-900 hover:underline dark:text-neutral-50">
                {section.name}
              </Link>
            </h2>
            <Link href={`/${section.slug}`} className="text-sm font-semibold text-brand-700 hover:underline dark:text-blue-300">
              More {section.name} <span aria-hidden="true">→</span>
            </Link>
          </div>
          <ul className="grid gap-x-8 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
            {items.map((card) => (
              <li key={card.id}>
                <ArticleCard card={card} showSection={false} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/** A titled grid of story cards (the editors' top stories, the latest); `columns` is a whole class for Tailwind to find. */
function CardGrid({ id, title, cards, columns = 'lg:grid-cols-4' }: { id: string; title: string; cards: Card[]; columns?: string }) {
  return (
    <section aria-labelledby={id} className="border-b border-neutral-200 py-10 dark:border-neutral-800">
      <h2 id={id} className="mb-6 text-sm font-bold tracking-widest text-neutral-700 uppercase dark:text-neutral-300">
        {title}
      </h2>
      <ul className={`grid gap-x-8 gap-y-10 sm:grid-cols-2 ${columns}`}>
        {cards.map((card) => (
          <li key={card.id}>
            <ArticleCard card={card} />
          </li>
        ))}
      </ul>
    </section>
  );
}
