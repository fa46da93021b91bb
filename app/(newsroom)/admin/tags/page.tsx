import type { Metadata } from 'next';
import { AdminForm } from '@/components/newsroom/admin-form';
import { AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { listTagsForAdmin } from '@/db/queries/taxonomy-admin';
import { authorize, requireStaff } from '@/lib/auth';
import { deleteTagAction, mergeTagAction, renameTagAction } from './actions';

export const metadata: Metadata = { title: 'Tags' };

export default async function TagsPage() {
  const actor = await requireStaff('/admin/tags');
  authorize(actor, 'taxonomy:manage');
  const tags = await listTagsForAdmin();
  return (
    <>
      <AdminPageHeader title="Tags" description="Rename tags (old addresses redirect), merge duplicates, delete tags no story uses. New tags are created from the story editor." />
      <ul className="divide-y divide-neutral-200 rounded-lg border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
        {tags.map((t) => (
          <li key={t.id} aria-label={`Tag ${t.name}`} className="space-y-3 p-4">
            <p className="font-semibold">
              {t.name} <span className="text-sm font-normal text-neutral-600 dark:text-neutral-400">/tags/{t.slug} · {t.storyCount} {t.storyCount === 1 ? 'story' : 'stories'}</span>
            </p>
            <AdminForm
              action={renameTagAction}
              idPrefix={`tag-${t.id}`}
              hidden={{ id: String(t.id), description: t.description }}
              inline
              variant="secondary"
              submit="Rename"
              fields={[
                { name: 'name', label: 'Name', defaultValue: t.name },
                { name: 'slug', label: 'Slug', defaultValue: t.slug },
              ]}
            />
            <div className="flex flex-wrap items-end gap-4">
              <AdminForm
                action={mergeTagAction}
                idPrefix={`merge-tag-${t.id}`}
                hidden={{ id: String(t.id) }}
                inline
                variant="secondary"
                submit="Merge"
                confirm={`Merge ${t.name} into the chosen tag?`}
                fields={[{ name: 'target', label: 'Merge into', type: 'select', options: [{ value: '', label: 'Choose…' }, ...tags.filter((o) => o.id !== t.id).map((o) => ({ value: String(o.id), label: o.name }))] }]}
              />
              {t.storyCount === 0 && <AdminForm action={deleteTagAction} idPrefix={`del-tag-${t.id}`} hidden={{ id: String(t.id) }} variant="danger" submit="Delete" confirm={`Delete the tag ${t.name}?`} />}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
