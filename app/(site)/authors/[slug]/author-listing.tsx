import Image from 'next/image';
import { JsonLd } from '@/components/site/json-ld';
import { Pagination } from '@/components/site/pagination';
import { loadListing } from '@/components/site/reader-listing';
import { StoryList } from '@/components/site/story-list';
import { getAuthorPage, resolveAuthorRedirect } from '@/lib/reader';
import { authorJsonLd } from '@/lib/seo';
import { getSiteSettings } from '@/lib/site-settings';

/** An author's profile and page `page` of their stories. */
export async function AuthorListing({ slugParam, page }: { slugParam: string; page: number }) {
  const [{ author, stories }, site] = await Promise.all([loadListing(slugParam, page, getAuthorPage, resolveAuthorRedirect), getSiteSettings()]);
  return (
    <>
      <JsonLd data={authorJsonLd(site, author)} />
      <header className="mb-10 flex flex-col gap-6 border-b-2 border-neutral-900 pb-8 sm:flex-row sm:items-start dark:border-neutral-200">
        {author.photoUrl && (
          <Image src={author.photoUrl} alt={`Portrait of ${author.name}`} width={160} height={160} priority className="size-32 rounded-full object-cover sm:size-40" />
        )}
        <div>
          <p className="text-xs font-bold tracking-widest text-accent uppercase dark:text-red-400">{author.isActive ? 'Author' : 'Former contributor'}</p>
          <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight">
            {author.name}
            {page > 1 && <span className="ml-3 align-middle text-lg font-normal text-neutral-600 dark:text-neutral-400">page {page}</span>}
          </h1>
          {author.jobTitle && <p className="mt-1 text-lg text-neutral-700 dark:text-neutral-300">{author.jobTitle}</p>}
          {author.bio && <p className="mt-4 max-w-2xl leading-relaxed text-neutral-800 dark:text-neutral-200">{author.bio}</p>}
          {author.links.length > 0 && (
            <ul className="mt-4 flex flex-wrap gap-4 text-sm">
              {author.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} rel="me noopener noreferrer" className="font-semibold text-brand-700 underline dark:text-blue-300">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      <h2 className="mb-6 text-sm font-bold tracking-widest text-neutral-700 uppercase dark:text-neutral-300">Stories by {author.name}</h2>
      <StoryList stories={stories.items} />
      <Pagination basePath={`/authors/${author.slug}`} page={page} pageCount={stories.pageCount} />
    </>
  );
}
