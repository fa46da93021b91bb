import Link from 'next/link';
import { signOutAction } from '@/app/(newsroom)/admin/actions';
import { ActionForm } from './action-form';

type Props = { name: string; role: string; canReview: boolean; reviewCount?: number; adminLinks?: { href: string; label: string }[] };

const link = 'whitespace-nowrap rounded-md px-3 py-2 text-sm font-semibold text-neutral-700 no-underline hover:bg-neutral-100 hover:text-neutral-950 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-white';

/** The back office's top bar: where to go, who is signed in, and sign-out. */
export function NewsroomNav({ name, role, canReview, reviewCount, adminLinks = [] }: Props) {
  return (
    <header className="border-b border-neutral-200 bg-white dark:border-neutral-800 dark:bg-neutral-900">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/admin" className="mr-2 font-serif text-xl font-bold text-neutral-950 no-underline dark:text-white">
          Newsroom
        </Link>
        <nav aria-label="Newsroom" className="order-3 -mx-3 flex w-full flex-wrap gap-1 sm:order-none sm:mx-0 sm:w-auto">
          <Link href="/admin" className={link}>
            Stories
          </Link>
          <Link href="/admin/stories" className={link}>
            Story list
          </Link>
          <Link href="/admin/stories/new" className={link}>
            New story
          </Link>
          {canReview && (
            <Link href="/admin/review" className={link}>
              Review queue
              {reviewCount !== undefined && (
                <span className="ml-1.5 rounded-full bg-amber-100 px-1.5 py-0.5 text-xs text-amber-950 dark:bg-amber-900/60 dark:text-amber-100">
                  {reviewCount}
                  <span className="sr-only"> waiting</span>
                </span>
              )}
            </Link>
          )}
          {adminLinks.map((l) => (
            <Link key={l.href} href={l.href} className={link}>
              {l.label}
            </Link>
          ))}
          <Link href="/admin/profile" className={link}>
            Profile
          </Link>
          <Link href="/" className={link}>
            Site
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <span className="hidden text-right text-sm leading-tight sm:block">
            <span className="block font-semibold">{name}</span>
            <span className="block text-xs text-neutral-600 capitalize dark:text-neutral-400">{role}</span>
          </span>
          <ActionForm action={signOutAction}>
            <button type="submit" className="rounded-md border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800">
              Sign out
            </button>
          </ActionForm>
        </div>
      </div>
    </header>
  );
}
