import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminForm } from '@/components/newsroom/admin-form';
import { adminCard, AdminPageHeader } from '@/components/newsroom/admin-page-header';
import { listStaff, listUnlinkedAuthors } from '@/db/queries/staff-admin';
import { ROLES } from '@/lib/domain';
import { authorize, requireStaff } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { getSiteSettings } from '@/lib/site-settings';
import { changeRoleAction, deactivateStaffAction, inviteStaffAction, passwordLinkAction, reactivateStaffAction } from './actions';

export const metadata: Metadata = { title: 'Staff' };

const roleOptions = ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));

export default async function StaffPage() {
  const site = await getSiteSettings();
  const actor = await requireStaff('/admin/staff');
  authorize(actor, 'staff:manage');
  const staff = await listStaff();
  const authorOptions = [
    { value: 'new', label: 'Create a new author profile' },
    { value: 'none', label: 'No public profile' },
    ...(await listUnlinkedAuthors()).map((a) => ({ value: String(a.id), label: `Link: ${a.name} (${a.slug})` })),
  ];
  return (
    <>
      <AdminPageHeader title="Staff" description="Invite people, change roles, deactivate accounts and issue password links. Deactivating keeps stories and bylines." />
      <section aria-labelledby="invite-heading" className={`${adminCard} mb-8`}>
        <h2 id="invite-heading" className="mb-4 font-serif text-xl font-bold">Invite a staff member</h2>
        <AdminForm
          action={inviteStaffAction}
          idPrefix="invite"
          columns={2}
          submit="Create invitation"
          fields={[
            { name: 'name', label: 'Name', autoComplete: 'off' },
            { name: 'email', label: 'Email', type: 'email', autoComplete: 'off' },
            { name: 'role', label: 'Role', type: 'select', options: roleOptions, defaultValue: 'journalist' },
            { name: 'author', label: 'Author profile', type: 'select', options: authorOptions, defaultValue: 'new', hint: 'Bylines use the author profile.' },
          ]}
        />
      </section>
      <section aria-labelledby="staff-heading">
        <h2 id="staff-heading" className="mb-3 font-serif text-xl font-bold">Accounts ({staff.length})</h2>
        <ul className="divide-y divide-neutral-200 rounded-lg border border-neutral-200 bg-white dark:divide-neutral-800 dark:border-neutral-800 dark:bg-neutral-900">
          {staff.map((s) => (
            <li key={s.id} aria-label={s.email} className="grid gap-3 p-4 lg:grid-cols-[1fr_auto_auto] lg:items-center">
              <div className="min-w-0">
                <p className="font-semibold">
                  {s.name}
                  {s.id === actor.id && <span className="ml-2 text-xs font-normal text-neutral-600 dark:text-neutral-400">(you)</span>}
                </p>
                <p className="truncate text-sm text-neutral-700 dark:text-neutral-300">{s.email}</p>
                <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
                  <span className={s.isActive ? '' : 'font-semibold text-red-700 dark:text-red-400'}>{!s.isActive ? 'Deactivated' : s.pending ? 'Invitation pending' : 'Active'}</span>
                  {' · '}
                  {s.authorSlug ? <Link href={`/authors/${s.authorSlug}`}>{s.authorName}</Link> : 'no author profile'}
                  {s.lastLoginAt && ` · last sign-in ${formatDate(s.lastLoginAt, site.timeZone)}`}
                </p>
              </div>
              <AdminForm
                action={changeRoleAction}
                idPrefix={`role-${s.id}`}
                inline
                hidden={{ id: String(s.id) }}
                variant="secondary"
                submit="Change role"
                fields={[{ name: 'role', label: `Role of ${s.name}`, type: 'select', options: roleOptions, defaultValue: s.role }]}
              />
              <div className="flex flex-wrap items-start gap-2">
                {s.isActive ? (
                  <AdminForm action={deactivateStaffAction} idPrefix={`off-${s.id}`} hidden={{ id: String(s.id) }} variant="danger" submit="Deactivate" confirm={`Deactivate ${s.name}? They are signed out at once.`} />
                ) : (
                  <AdminForm action={reactivateStaffAction} idPrefix={`on-${s.id}`} hidden={{ id: String(s.id) }} variant="secondary" submit="Reactivate" />
                )}
                {s.isActive && <AdminForm action={passwordLinkAction} idPrefix={`pw-${s.id}`} hidden={{ id: String(s.id) }} variant="secondary" submit={s.pending ? 'New invitation link' : 'Password reset link'} />}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
