import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, first } from '../client';
import { articleAuthors, authors, users } from '../schema';
import { authorPageRule } from '@/lib/visibility';
import { hasVisibleStory } from './visibility';

export type AuthorProfile = {
  id: number;
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  photoUrl: string | null;
  links: { label: string; url: string }[];
  isActive: boolean;
  /** false: the page answers (old links keep working) but is marked noindex and listed nowhere. */
  listed: boolean;
};

/** The public columns of a profile, shared with the staff screens that edit it. */
export const profileColumns = {
  id: authors.id,
  slug: authors.slug,
  name: authors.name,
  jobTitle: authors.jobTitle,
  bio: authors.bio,
  photoUrl: authors.photoUrl,
  links: authors.links,
  isActive: authors.isActive,
};

/** A public author profile by slug, or null when the person has no public page (authorPageRule). */
export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const row = await db
    .select({
      ...profileColumns,
      hasStory: hasVisibleStory(),
      hasByline: sql<boolean>`exists (select 1 from ${articleAuthors} where ${articleAuthors.authorId} = ${authors.id})`,
      accountActive: users.isActive,
    })
    .from(authors)
    .leftJoin(users, eq(users.authorId, authors.id))
    .where(eq(authors.slug, slug))
    .then(first);
  if (!row) return null;
  const { hasStory, hasByline, accountActive, ...profile } = row;
  const rule = authorPageRule({
    hasStory: Boolean(hasStory),
    hasByline: Boolean(hasByline),
    account: accountActive === null ? null : { active: Boolean(accountActive) },
    profileActive: profile.isActive,
  });
  // A deactivated account's profile reads as a former contributor's, as an inactive profile does.
  return rule === 'none' ? null : { ...profile, isActive: profile.isActive && accountActive !== false, listed: rule === 'listed' };
}

export async function getAuthorSlugById(id: number): Promise<string | null> {
  return (await db.select({ slug: authors.slug }).from(authors).where(eq(authors.id, id)).then(first))?.slug ?? null;
}
