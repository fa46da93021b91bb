import Image from 'next/image';
import Link from 'next/link';

export type AuthorBoxProps = { slug: string; name: string; jobTitle: string; bio: string; photoUrl: string | null };

/** The closing "about the author" panel: one entry per byline, in byline order. */
export function AuthorBox({ authors }: { authors: AuthorBoxProps[] }) {
  if (authors.length === 0) return null;
  return (
    <aside aria-labelledby="about-authors" className="mt-12 border-t-2 border-neutral-900 pt-6 dark:border-neutral-200">
      <h2 id="about-authors" className="text-xs font-bold tracking-widest text-neutral-600 uppercase dark:text-neutral-400">
        {authors.length > 1 ? 'About the authors' : 'About the author'}
      </h2>
      <ul className="mt-4 space-y-6">
        {authors.map((a) => (
          <li key={a.slug} className="flex gap-4">
            {a.photoUrl ? (
              <Image src={a.photoUrl} alt={`Portrait of ${a.name}`} width={80} height={80} className="size-20 shrink-0 rounded-full object-cover" />
            ) : (
              <span aria-hidden="true" className="flex size-20 shrink-0 items-center justify-center rounded-full bg-neutral-200 font-serif text-2xl dark:bg-neutral-800">
                {a.name.slice(0, 1)}
              </span>
            )}
            <div>
              <p className="font-serif text-lg font-bold">
                <Link href={`/authors/${a.slug}`} className="text-neutral-900 hover:underline dark:text-neutral-50">
                  {a.name}
                </Link>
              </p>
              {a.jobTitle && <p className="text-sm text-neutral-600 dark:text-neutral-400">{a.jobTitle}</p>}
              {a.bio && <p className="mt-2 text-sm leading-relaxed text-neutral-800 dark:text-neutral-200">{a.bio}</p>}
            </div>
          </li>
        ))}
      </ul>
    </aside>
  );
}
