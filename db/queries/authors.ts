import 'server-only';
import { eq } from 'drizzle-orm';
import { db, first } from '../client';
import { authors } from '../schema';

export type AuthorProfile = {
  id: number;
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  photoUrl: string | null;
  links: { label: string; url: string }[];
  isActive: boolean;
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

/** A public author profile (profiles are public whether or not the person has a login). */
export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  return await db.select(profileColumns).from(authors).where(eq(authors.slug, slug)).then(first) ?? null;
}

export async function getAuthorSlugById(id: number): Promise<string | null> {
  return (await db.select({ slug: authors.slug }).from(authors).where(eq(authors.id, id)).then(first))?.slug ?? null;
}
