import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminForm } from '@/components/newsroom/admin-form';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { authorFields } from '@/components/newsroom/author-fields';
import { getAuthorForAdmin, listAuthorsForAdmin } from '@/db/queries/author-admin';
import { authorize, requireStaff } from '@/lib/auth';
import { linksToText } from '@/lib/validation/author';
import { idSchema } from '@/lib/validation/taxonomy';
import { deleteAuthorAction, mergeAuthorAction, updateAuthorAction } from './actions';

export const metadata: Metadata = { title: 'Edit author' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EditAuthorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/authors/${id}`);
  authorize(actor, 'authors:manage');
  const parsed = idSchema.safeParse(id);
  const author = parsed.success ? await getAuthorForAdmin(parsed.data) : null;
  if (!author) notFound();
  const query = await searchParams;
  const others = (await listAuthorsForAdmin()).filter((a) => a.id !== author.id);
  const hidden = { id: String(author.id) };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/authors">← All authors</Link>
      </p>
      <AdminPageHeader title={author.name} description={`${author.storyCount} ${author.storyCount === 1 ? 'story' : 'stories'} · /authors/${author.slug}`}>
        <Link href={`/authors/${author.slug}`} className="text-sm font-semibold">
          View public page
        </Link>
      </AdminPageHeader>
      {(query.created === '1' || typeof query.merged === 'string') && (
        <p role="status" className="mb-4 text-sm font-medium text-green-700 dark:text-green-400">
          {query.created === '1' ? 'Profile created.' : `Merged /authors/${String(query.merged)} into this profile; its old address redirects here.`}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="edit-heading" className={adminCard}>
          <h2 id="edit-heading" className="mb-4 font-serif text-xl font-bold">Profile</h2>
          {author.photoUrl && (
            <div className="mb-4 flex items-center gap-3">
              {/* eslint-disable-next-line @next/next/no-img-element -- small preview of the stored photo */}
              <img src={author.photoUrl} alt={`Current photo of ${author.name}`} className="size-16 rounded-full object-cover" />
            </div>
          )}
          <AdminForm
            action={updateAuthorAction}
            idPrefix="author"
            hidden={{ ...hidden, version: String(author.version) }}
            multipart
            columns={2}
            submit="Save profile"
            fields={[
              ...authorFields({ ...author, links: linksToText(author.links) }),
              ...(author.photoUrl ? [{ name: 'removePhoto', label: 'Remove the current photo', type: 'checkbox' as const }] : []),
            ]}
          />
        </section>
        <div className="space-y-6 self-start">
          <section aria-labelledby="merge-heading" className={adminCard}>
            <h2 id="merge-heading" className="mb-2 font-serif text-xl font-bold">Merge into another profile</h2>
            <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">Moves every byline to the chosen profile, redirects this address there and removes this profile.</p>
            <AdminForm
              action={mergeAuthorAction}
              idPrefix="merge"
              hidden={hidden}
              variant="danger"
              submit="Merge profiles"
              confirm={`Merge ${author.name} into the chosen profile? This cannot be undone.`}
              fields={[{ name: 'target', label: 'Keep this profile', type: 'select', options: [{ value: '', label: 'Choose…' }, ...others.map((a) => ({ value: String(a.id), label: `${a.name} (${a.slug})` }))] }]}
            />
          </section>
          <section aria-labelledby="delete-heading" className={adminCard}>
            <h2 id="delete-heading" className="mb-2 font-serif text-xl font-bold">Delete</h2>
            <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">Only a profile without stories can be deleted; merge one with stories instead.</p>
            <AdminForm action={deleteAuthorAction} idPrefix="delete" hidden={hidden} variant="danger" submit="Delete profile" confirm={`Delete the profile of ${author.name}?`} />
          </section>
        </div>
      </div>
    </>
  );
}
