import Link from 'next/link';
import { Fragment } from 'react';

/** "By A and B", each name linking to its author page. */
export function BylineLinks({ authors, linkClassName }: { authors: { slug: string; name: string }[]; linkClassName?: string }) {
  if (authors.length === 0) return null;
  return (
    <>
      By{' '}
      {authors.map((a, i) => (
        <Fragment key={a.slug}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          <Link href={`/authors/${a.slug}`} rel="author" className={linkClassName ?? 'font-semibold text-neutral-900 hover:underline dark:text-neutral-100'}>
            {a.name}
          </Link>
        </Fragment>
      ))}
    </>
  );
}
