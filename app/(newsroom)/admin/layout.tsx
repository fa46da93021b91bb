import type { Metadata } from 'next';
import { NewsroomNav } from '@/components/newsroom/newsroom-nav';
import { countReviewQueue } from '@/db/queries/review';
import { getCurrentStaff } from '@/lib/auth';
import { can, type StaffAction } from '@/lib/permissions';

const ADMIN_LINKS: { href: string; label: string; action: StaffAction }[] = [
  { href: '/admin/front', label: 'Front page', action: 'front:arrange' },
  { href: '/admin/authors', label: 'Authors', action: 'authors:manage' },
  { href: '/admin/staff', label: 'Staff', action: 'staff:manage' },
  { href: '/admin/sections', label: 'Sections', action: 'taxonomy:manage' },
  { href: '/admin/tags', label: 'Tags', action: 'taxonomy:manage' },
  { href: '/admin/clients', label: 'Clients', action: 'clients:manage' },
  { href: '/admin/settings', label: 'Settings', action: 'settings:manage' },
  { href: '/admin/audit', label: 'Audit log', action: 'audit:view' },
];

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s | Newsroom' }, robots: { index: false, follow: false } };

// Navigation only: every page and action below guards itself (layouts do not re-run on navigation).
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const staff = await getCurrentStaff();
  const reviewCount = staff && can(staff, 'review:view') ? await countReviewQueue() : undefined;
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      {staff && <NewsroomNav name={staff.name} role={staff.role} canReview={can(staff, 'review:view')} reviewCount={reviewCount} adminLinks={ADMIN_LINKS.filter((l) => can(staff, l.action))} />}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
