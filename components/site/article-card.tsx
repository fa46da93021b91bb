import Image from 'next/image';
import Link from 'next/link';
import type { ArticleCard as Card } from '@/db/queries/cards';
import { formatDate, isoString } from '@/lib/format';
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
  return (
    <article className={variant === 'lead' ? 'grid gap-5 md:grid-cols-5' : 'flex flex-col gap-3'}>
      {card.heroImageUrl && variant !== 'compact' && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className={variant === 'lead' ? 'md:col-span-3' : ''}>
          <Image
            src={card.heroImageUrl}
            alt=""
            width={1600}
            height={900}
            sizes={variant === 'lead' ? '(min-width: 768px) 60vw, 100vw' : '(min-width: 768px) 30vw, 100vw'}
            className="aspect-video w-full rounded-sm object-cover"
            priority={variant === 'lead'}
          />
        </Link>
      )}
      <div className={variant === 'lead' ? 'md:col-span-2' : ''}>
        {showSection && (
          <p className="mb-1 text-xs font-bold tracking-wider text-accent uppercase dark:text-red-400">{card.section.name}</p>
        )}
        <Heading className={headlineClass}>
          <Link href={href} className="text-neutral-900 hover:underline dark:text-neutral-50">
            {card.headline}
          </Link>
        </Heading>
        {variant !== 'compact' && card.dek && (
          <p className={`mt-2 text-neutral-700 dark:text-neutral-300 ${variant === 'lead' ? 'text-lg' : 'text-sm'}`}>{card.dek}</p>
        )}
        <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">
          {card.authors.length > 0 && <span>{card.authors.map((a) => a.name).join(', ')} · </span>}
          <time dateTime={isoString(card.publishedAt)}>{formatDate(card.publishedAt, timeZone, locale)}</time>
        </p>
      </div>
    </article>
  );
}
