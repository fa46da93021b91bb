import type { Metadata } from 'next';
import { AdminForm } from '@/components/newsroom/admin-form';
import type { AdminFieldSpec } from '@/components/newsroom/admin-form-state';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { listSectionsForAdmin } from '@/db/queries/taxonomy-admin';
import { authorize, requireStaff } from '@/lib/auth';
import { createSectionAction, deleteSectionAction, updateSectionAction } from './actions';

export const metadata: Metadata = { title: 'Sections' };

const fields = (s?: { name: string; slug: string; description: string; position: number }): AdminFieldSpec[] => [
  { name: 'name', label: 'Name', defaultValue: s?.name },
  { name: 'slug', label: 'Slug', defaultValue: s?.slug, hint: s ? 'Changing it redirects the old address.' : 'Empty: made from the name.' },
  { name: 'position', label: 'Order on the home page', type: 'number', defaultValue: String(s?.position ?? 50) },
  { name: 'description', label: 'Description', type: 'textarea', rows: 2, defaultValue: s?.description, wide: true },
];

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

export default async function SectionsPage() {
  const actor = await requireStaff('/admin/sections');
  authorize(actor, 'taxonomy:manage');
  const sections = await listSectionsForAdmin();
  return (
    <>
      <AdminPageHeader title="Sections" description="Sections organise the site and its navigation; lower numbers come first on the home page." />
      <div className="space-y-4">
        {sections.map((s) => (
          <section key={s.id} aria-label={`Section ${s.name}`} className={adminCard}>
            <h2 className="mb-3 font-serif text-lg font-bold">
              {s.name} <span className="text-sm font-normal text-neutral-600 dark:text-neutral-400">/{s.slug}</span>
            </h2>
            <p className="-mt-2 mb-3 text-sm text-neutral-700 dark:text-neutral-300">
              <strong>{stories(s.liveCount)} live</strong> (published, or scheduled and due: what readers see) · {stories(s.storyCount)} in all, counting drafts, stories in review, scheduled and unpublished
            </p>
            <AdminForm action={updateSectionAction} idPrefix={`section-${s.id}`} hidden={{ id: String(s.id) }} columns={2} submit="Save section" fields={fields(s)} />
            {s.storyCount === 0 && (
              <div className="mt-3">
                <AdminForm action={deleteSectionAction} idPrefix={`del-section-${s.id}`} hidden={{ id: String(s.id) }} variant="danger" submit="Delete section" confirm={`Delete the section ${s.name}?`} />
              </div>
            )}
          </section>
        ))}
        <section aria-labelledby="new-section-heading" className={adminCard}>
          <h2 id="new-section-heading" className="mb-3 font-serif text-lg font-bold">New section</h2>
          <AdminForm action={createSectionAction} idPrefix="new-section" columns={2} submit="Create section" fields={fields()} />
        </section>
      </div>
    </>
  );
}
