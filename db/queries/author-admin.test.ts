import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first } from '@/db/client';
import { articleAuthors, authors, slugRedirects, users } from '@/db/schema';
import { makeArticle, makeAuthor, makeSection, makeUser } from '@/test/factories';
import { deleteAuthor, mergeAuthors, updateAuthor } from './author-admin';
import { findRedirectTarget } from './taxonomy';

const bylines = (articleId: number) =>
  await db.select({ authorId: articleAuthors.authorId, position: articleAuthors.position }).from(articleAuthors).where(eq(articleAuthors.articleId, articleId)).orderBy(asc(articleAuthors.position));

const input = (a: { name: string; slug: string }) => ({ name: a.name, slug: a.slug, jobTitle: '', bio: '', links: [], isActive: true });

describe('author profiles', () => {
  it('a slug change keeps the old slug as a redirect; a clash is refused', () => {
    const a = makeAuthor({ slug: 'old-name' });
    const b = makeAuthor({ slug: 'someone-else' });
    expect(updateAuthor(a.id, 1, input({ name: a.name, slug: 'someone-else' }))).toEqual({ ok: false, errors: { slug: [expect.any(String)] } });
    expect(updateAuthor(a.id, 1, input({ name: a.name, slug: 'new-name' })).ok).toBe(true);
    expect(findRedirectTarget('author', 'old-name')).toBe(a.id);
    // Renaming back frees the slug from its redirect.
    expect(updateAuthor(a.id, 2, input({ name: a.name, slug: 'old-name' })).ok).toBe(true);
    expect(findRedirectTarget('author', 'old-name')).toBeNull();
    expect(findRedirectTarget('author', 'new-name')).toBe(a.id);
    expect(b.id).not.toBe(a.id);
  });

  it('a save from a form loaded before another save is refused, and keeps the other save', () => {
    const a = makeAuthor({ slug: 'two-editors' });
    const loaded = 1;
    // Both forms were opened at version 1; the first save wins and moves the version on.
    expect(updateAuthor(a.id, loaded, { ...input({ name: a.name, slug: a.slug }), bio: 'First writer’s bio.' }).ok).toBe(true);
    const second = updateAuthor(a.id, loaded, { ...input({ name: a.name, slug: a.slug }), bio: 'Second writer’s bio.' });
    expect(second).toEqual({ ok: false, errors: { form: [expect.stringContaining('Someone else saved this profile')] } });
    expect(db.select({ bio: authors.bio, version: authors.version }).from(authors).where(eq(authors.id, a.id)).then(first)).toEqual({ bio: 'First writer’s bio.', version: 2 });
  });

  it('deleting a profile with stories is refused; an unused one goes', () => {
    const section = makeSection();
    const used = makeAuthor();
    makeArticle({ sectionId: section.id, authorIds: [used.id] });
    expect(deleteAuthor(makeUser('admin').id, used.id).ok).toBe(false);
    expect(db.select().from(authors).where(eq(authors.id, used.id)).then(first)).toBeDefined();
    const unused = makeAuthor();
    expect(deleteAuthor(makeUser('admin').id, unused.id).ok).toBe(true);
  });
});

describe('mergeAuthors', () => {
  it('moves bylines without duplicates, keeps order, redirects the old slug and moves the account', () => {
    const section = makeSection();
    const source = makeAuthor({ slug: 'merge-source' });
    const target = makeAuthor({ slug: 'merge-target' });
    const other = makeAuthor();
    const onlySource = makeArticle({ sectionId: section.id, authorIds: [other.id, source.id] });
    const both = makeArticle({ sectionId: section.id, authorIds: [source.id, other.id, target.id] });
    const account = makeUser('journalist', { authorId: source.id });
    await db.insert(slugRedirects).values({ kind: 'author', oldSlug: 'older-source', targetId: source.id });

    const result = mergeAuthors(makeUser('admin').id, source.id, target.id);
    expect(result).toEqual({ ok: true, value: { sourceSlug: 'merge-source', targetSlug: 'merge-target', bylines: 2 } });
    expect(bylines(onlySource.id)).toEqual([
      { authorId: other.id, position: 0 },
      { authorId: target.id, position: 1 },
    ]);
    // The survivor takes the earlier of the two positions; positions stay 0..n-1.
    expect(bylines(both.id)).toEqual([
      { authorId: target.id, position: 0 },
      { authorId: other.id, position: 1 },
    ]);
    expect(db.select().from(authors).where(eq(authors.id, source.id)).then(first)).toBeUndefined();
    expect(findRedirectTarget('author', 'merge-source')).toBe(target.id);
    expect(findRedirectTarget('author', 'older-source')).toBe(target.id);
    expect(db.select({ authorId: users.authorId }).from(users).where(eq(users.id, account.id)).then(first)?.authorId).toBe(target.id);
  });

  it('refuses to merge two profiles that both have accounts, changing nothing', () => {
    const section = makeSection();
    const a = makeAuthor();
    const b = makeAuthor();
    makeUser('journalist', { authorId: a.id });
    makeUser('journalist', { authorId: b.id });
    const story = makeArticle({ sectionId: section.id, authorIds: [a.id] });
    expect(mergeAuthors(makeUser('admin').id, a.id, b.id).ok).toBe(false);
    expect(mergeAuthors(makeUser('admin').id, a.id, a.id).ok).toBe(false);
    expect(db.select().from(articleAuthors).where(and(eq(articleAuthors.articleId, story.id), eq(articleAuthors.authorId, a.id))).then(first)).toBeDefined();
  });
});
