import Image from 'next/image';
import Link from 'next/link';
import type { ArticleCard as Card } from '@/db/queries/cards';
import type { NoteKind } from '@/lib/domain';
import { sanitizeStoryHtml } from '@/lib/sanitize';
import { withDateline } from '@/lib/wire/snapshot';
import { ArticleCard } from './article-card';
import { AuthorBox, type AuthorBoxProps } from './author-box';
import { BylineLinks } from './byline-links';
import { TimeStamp } from './time-stamp';

export type ArticleViewData = {
  headline: string;
  dek: string;
  body: string;
  heroImageUrl: string | null;
  heroImageAlt: string;
  heroImageCaption: string;
  heroImageCredit: string;
  publishedAt: number | null;
  updatedAt: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  correctionNote: string | null;
  sectionSlug: string;
  sectionName: string;
  authors: AuthorBoxProps[];
  tags: { slug: string; name: string }[];
  notes: { id: number; kind: NoteKind; body: string; createdAt: number }[];
  /** The wire's dateline line ("CARACAS, Jan 20 (Meridian Wire) –"), shown at the start of the body. */
  datelineLine?: string;
  /** The story's BCP 47 language when it is not the site's. */
  language?: string | null;
};

const NOTE_LABEL: Record<NoteKind, string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  editors_note: 'Editor’s note',
};

/** The story as readers see it; the staff preview renders the very same component. */
export function ArticleView({ article, related = [] }: { article: ArticleViewData; related?: Card[] }) {
  const showUpdated = article.updatedAt !== null && article.publishedAt !== null && article.updatedAt > article.publishedAt;
  return (
    // data-page-lang: the reader edge makes it the page's <html lang> (scripts/plain-html.mjs).
    <article className="mx-auto max-w-3xl" lang={article.language ?? undefined} data-page-lang={article.language ?? undefined}>
      <header>
        <p className="text-xs font-bold tracking-widest uppercase">
          <Link href={`/${article.sectionSlug}`} className="text-accent hover:underline dark:text-red-400">
            {article.sectionName}
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-4xl leading-tight font-bold tracking-tight text-balance sm:text-5xl">{article.headline}</h1>
        {article.dek && <p className="mt-4 font-serif text-xl leading-relaxed text-neutral-700 dark:text-neutral-300">{article.dek}</p>}
        <div className="mt-6 border-y border-neutral-200 py-3 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
          <p>
            <BylineLinks authors={article.authors} />
          </p>
          <p className="mt-1 flex flex-wrap gap-x-4 text-neutral-600 dark:text-neutral-400">
            {article.publishedAt !== null ? (
              <span>
                Published <TimeStamp ms={article.publishedAt} />
              </span>
            ) : (
              <span>Not yet published</span>
            )}
            {showUpdated && article.updatedAt !== null && (
              <span>
                Updated <TimeStamp ms={article.updatedAt} />
              </span>
            )}
          </p>
        </div>
      </header>

      {article.heroImageUrl && (
        <figure className="mt-8">
          <Image
            src={article.heroImageUrl}
            alt={article.heroImageAlt}
            width={1600}
            height={900}
            sizes="(min-width: 768px) 768px, 100vw"
            priority
            className="aspect-video w-full rounded-sm object-cover"
          />
          {(article.heroImageCaption || article.heroImageCredit) && (
            <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
              {article.heroImageCaption}
              {article.heroImageCredit && <span className="ml-1 text-xs tracking-wide uppercase"> {article.heroImageCredit}</span>}
            </figcaption>
          )}
        </figure>
      )}

      {article.notes.length > 0 && (
        <section aria-label="Corrections and updates" className="mt-8 space-y-3">
          {article.notes.map((n) => (
            <div key={n.id} className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-sm dark:bg-amber-950/40">
              <p className="font-semibold text-amber-900 dark:text-amber-200">
                {NOTE_LABEL[n.kind]}, <TimeStamp ms={n.createdAt} />
              </p>
              <p className="mt-1 text-neutral-800 dark:text-neutral-200">{n.body}</p>
            </div>
          ))}
        </section>
      )}

      <div className="story-body mt-8" dangerouslySetInnerHTML={{ __html: withDateline(sanitizeStoryHtml(article.body), article.datelineLine ?? '') }} />

      {article.correctionNote && (
        <p className="mt-8 rounded-md bg-neutral-100 p-4 text-sm text-neutral-800 italic dark:bg-neutral-900 dark:text-neutral-200">
          {article.correctionNote}
        </p>
      )}

      {article.sourceName && (
        <p className="mt-8 font-serif text-base font-semibold text-neutral-800 dark:text-neutral-200">
          Source:{' '}
          {article.sourceUrl ? (
            <a href={article.sourceUrl} rel="noopener noreferrer" className="text-brand-700 underline dark:text-blue-300">
              {article.sourceName}
            </a>
          ) : (
            article.sourceName
          )}
        </p>
      )}

      {article.tags.length > 0 && (
        <nav aria-label="Topics" className="mt-8">
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((t) => (
              <li key={t.slug}>
                <Link
                  href={`/tags/${t.slug}`}
                  className="inline-block rounded-full border border-neutral-300 px-3 py-1 text-sm text-neutral-800 hover:bg-neutral-100 dark:border-neutral-700 dark:text-neutral-200 dark:hover:bg-neutral-800"
                >
                  {t.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <AuthorBox authors={article.authors} />

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-12 border-t border-neutral-200 pt-6 dark:border-neutral-800">
          <h2 id="related-heading" className="font-serif text-2xl font-bold">
            More from {article.sectionName}
          </h2>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2">
            {related.map((card) => (
              <li key={card.id}>
                <ArticleCard card={card} variant="compact" showSection={false} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
