import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminForm } from '@/components/newsroom/admin-form';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { authorFields } from '@/components/newsroom/author-fields';
import { listAuthorsForAdmin } from '@/db/queries/author-admin';
import { authorize, requireStaff } from '@/lib/auth';
import { createAuthorAction } from './actions';

export const metadata: Metadata = { title: 'Authors' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuthorsPage({ searchParams }: Props) {
  const actor = await requireStaff('/admin/authors');
  authorize(actor, 'authors:manage');
  const deleted = (await searchParams).deleted === '1';
  const authors = await listAuthorsForAdmin();
  return (
    <>
      <AdminPageHeader title="Authors" description="Author profiles are the bylines readers see. Guest and wire writers need no login." />
      {deleted && (
        <p role="status" className="mb-4 text-sm font-medium text-green-700 dark:text-green-400">
          The profile was deleted.
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
        <section aria-labelledby="authors-heading">
          <h2 id="authors-heading" className="sr-only">
            Profiles
          </h2>
          <ul className="divide-y divide-neutral-200 rounded-lg border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
            {authors.map((a) => (
              <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-4">
                <div className="min-w-0">
                  <Link href={`/admin/authors/${a.id}`} className="font-semibold">
                    {a.name}
                  </Link>
                  {!a.isActive && <span className="ml-2 rounded bg-neutral-200 px-1.5 py-0.5 text-xs dark:bg-neutral-700">alumni</span>}
                  <p className="truncate text-sm text-neutral-600 dark:text-neutral-400">
                    /authors/{a.slug}
                    {a.jobTitle && ` · ${a.jobTitle}`}
                  </p>
                </div>
                <p className="text-sm text-neutral-700 dark:text-neutral-300">
                  {a.storyCount} {a.storyCount === 1 ? 'story' : 'stories'} · {a.accountEmail ?? 'no login'}
                </p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="new-author-heading" className={`${adminCard} self-start`}>
          <h2 id="new-author-heading" className="mb-4 font-serif text-xl font-bold">New author profile</h2>
          <AdminForm action={createAuthorAction} idPrefix="new-author" multipart submit="Create profile" fields={authorFields()} />
        </section>
      </div>
    </>
  );
}
