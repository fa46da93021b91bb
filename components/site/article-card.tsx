import Image from 'next/image';
import Link from 'next/link';
import type { ArticleCard as Card } from '@/db/queries/cards';
import { formatCardDateTime, isoString } from '@/lib/format';
import { getSiteSettings } from '@/lib/site-settings';

type Variant = 'lead' | 'standard' | 'compact';

export function articleHref(card: { slug: string; section: { slug: string } }) {
  return `/${card.section.slug}/${card.slug}`;
}

/** A story teaser. The headline is the link; images are decorative repeats of the headline. */
export async function ArticleCard({ card, variant = 'standard', headingLevel = 3, showSection = true }: {
  card: Card;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { timeZone, locale } = await getSiteSettings();
  const href = articleHref(card);
  const headlineClass =
    variant === 'lead'
      ? 'font-serif text-3xl leading-tight font-bold sm:text-4xl'
      : variant === 'compact'
        ? 'font-serif text-base leading-snug font-semibold'
        : 'font-serif text-xl leading-snug font-bold';
  const image = card.heroImageUrl && variant !== 'compact' ? card.heroImageUrl : null;
  // A lead without an image takes the whole width (no empty half); a standard card without one
  // gets a quiet panel of the same shape, so a grid of cards keeps its rows even.
  const wideLead = variant === 'lead' && !image;
  return (
    <article className={variant === 'lead' ? (wideLead ? 'max-w-4xl' : 'grid gap-5 md:grid-cols-5') : 'flex flex-col gap-3'}>
      {image && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className={variant === 'lead' ? 'md:col-span-3' : ''}>
          <Image
            src={image}
            alt=""
            width={1600}
            height={900}
            sizes={variant === 'lead' ? '(min-width: 768px) 60vw, 100vw' : '(min-width: 768px) 30vw, 100vw'}
            className="aspect-video w-full rounded-sm object-cover"
            priority={variant === 'lead'}
          />
        </Link>
      )}
      {!image && variant === 'standard' && (
        <div aria-hidden="true" className="flex aspect-video w-full items-end rounded-sm bg-neutral-100 p-3 dark:bg-neutral-800">
          <span className="font-serif text-lg font-bold text-neutral-600 dark:text-neutral-400">{card.section.name}</span>
        </div>
      )}
      <div className={variant === 'lead' && !wideLead ? 'md:col-span-2' : ''}>
        {showSection && (
          <p className="mb-1 text-xs font-bold tracking-wider text-accent uppercase dark:text-red-400">{card.section.name}</p>
        )}
        <Heading className={wideLead ? 'font-serif text-4xl leading-tight font-bold sm:text-5xl' : headlineClass}>
          <Link href={href} className="text-neutral-900 hover:underline dark:text-neutral-50">
            {card.headline}
          </Link>
        </Heading>
        {variant !== 'compact' && card.dek && (
          <p className={`mt-2 text-neutral-700 dark:text-neutral-300 ${variant === 'lead' ? 'text-lg' : 'text-sm'}`}>{card.dek}</p>
        )}
        <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">
          {card.authors.length > 0 && <span>{card.authors.map((a) => a.name).join(', ')} · </span>}
          <time dateTime={isoString(card.publishedAt)}>{formatCardDateTime(card.publishedAt, timeZone, locale)}</time>
        </p>
      </div>
    </article>
  );
}
