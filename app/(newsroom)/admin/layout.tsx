import type { Metadata } from 'next';
import { NewsroomNav } from '@/components/newsroom/newsroom-nav';
import { getCurrentStaff } from '@/lib/auth';
import { can } from '@/lib/permissions';

export const metadata: Metadata = { title: { default: 'Newsroom', template: '%s | Newsroom' }, robots: { index: false, follow: false } };

// Navigation only: every page and action below guards itself (layouts do not re-run on navigation).
export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const staff = await getCurrentStaff();
  return (
    <div className="min-h-screen bg-neutral-50 dark:bg-neutral-950">
      {staff && <NewsroomNav name={staff.name} role={staff.role} canReview={can(staff, 'review:view')} />}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </div>
  );
}
