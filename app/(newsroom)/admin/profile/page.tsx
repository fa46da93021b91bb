import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/newsroom/action-form';
import { PasswordForm, ProfileForm } from '@/components/newsroom/profile-forms';
import { getOwnProfile } from '@/db/queries/users';
import { requireStaff } from '@/lib/auth';
import { linksToText } from '@/lib/validation/author';
import { signOutEverywhereAction } from './actions';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const actor = await requireStaff('/admin/profile');
  const profile = await getOwnProfile(actor.id);
  if (!profile) notFound();
  const card = 'rounded-lg border border-neutral-200 bg-white p-6 dark:border-neutral-800 dark:bg-neutral-900';
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Your profile</h1>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {profile.email} · <span className="capitalize">{profile.role}</span>
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="profile-heading" className={card}>
          <h2 id="profile-heading" className="mb-4 font-serif text-xl font-bold">Name, bio, photo and links</h2>
          <ProfileForm initial={{ name: profile.name, bio: profile.bio ?? '', links: linksToText(profile.links ?? []) }} hasAuthor={profile.authorId !== null} photoUrl={profile.photoUrl} />
        </section>
        <section aria-labelledby="password-heading" className={card}>
          <h2 id="password-heading" className="mb-4 font-serif text-xl font-bold">Password</h2>
          <PasswordForm />
        </section>
        <section aria-labelledby="sessions-heading" className={card}>
          <h2 id="sessions-heading" className="mb-2 font-serif text-xl font-bold">Sessions</h2>
          <p className="mb-4 text-sm text-neutral-600 dark:text-neutral-400">
            Signed in on a computer you no longer use, or lost a device? This ends every session of your account, this one included.
          </p>
          <ActionForm action={signOutEverywhereAction}>
            <button type="submit" className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-semibold text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950">
              Sign out everywhere
            </button>
          </ActionForm>
        </section>
      </div>
    </div>
  );
}
