import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db, first, transaction } from '@/db/client';
import { articleAuthors, authors, slugRedirects, users } from '@/db/schema';
import { makeArticle, makeAuthor, makeSection, makeUser } from '@/test/factories';
import { deleteAuthor, mergeAuthors, updateAuthor } from './author-admin';
import { listAudit } from './audit';
import { findRedirectTarget } from './taxonomy';

const bylines = async (articleId: number) =>
  await db.select({ authorId: articleAuthors.authorId, position: articleAuthors.position }).from(articleAuthors).where(eq(articleAuthors.articleId, articleId)).orderBy(asc(articleAuthors.position));

const input = (a: { name: string; slug: string }) => ({ name: a.name, slug: a.slug, jobTitle: '', bio: '', links: [], isActive: true });

describe('author profiles', () => {
  it('a slug change keeps the old slug as a redirect; a clash is refused; edits are audited', async () => {
    const admin = await makeUser('admin');
    const a = await makeAuthor({ slug: 'old-name' });
    const b = await makeAuthor({ slug: 'someone-else' });
    expect(await updateAuthor(admin.id, a.id, 1, input({ name: a.name, slug: 'someone-else' }))).toEqual({ ok: false, errors: { slug: [expect.any(String)] } });
    expect((await updateAuthor(admin.id, a.id, 1, input({ name: a.name, slug: 'new-name' }))).ok).toBe(true);
    expect(await findRedirectTarget('author', 'old-name')).toBe(a.id);
    // Renaming back frees the slug from its redirect.
    expect((await updateAuthor(admin.id, a.id, 2, input({ name: a.name, slug: 'old-name' }))).ok).toBe(true);
    expect(await findRedirectTarget('author', 'old-name')).toBeNull();
    expect(await findRedirectTarget('author', 'new-name')).toBe(a.id);
    expect(b.id).not.toBe(a.id);
    const log = (await listAudit({ actorId: admin.id, page: 1 })).items.reverse();
    expect(log.map((r) => [r.action, r.targetName, r.details])).toEqual([
      ['author.update', a.name, { name: a.name, fromName: a.name, slug: 'new-name', fromSlug: 'old-name', changed: ['bio'] }],
      ['author.update', a.name, { name: a.name, fromName: a.name, slug: 'old-name', fromSlug: 'new-name', changed: [] }],
    ]);
  });

  it('a save from a form loaded before another save is refused, and keeps the other save', async () => {
    const admin = await makeUser('admin');
    const a = await makeAuthor({ slug: 'two-editors' });
    const loaded = 1;
    // Both forms were opened at version 1; the first save wins and moves the version on.
    expect((await updateAuthor(admin.id, a.id, loaded, { ...input({ name: a.name, slug: a.slug }), bio: 'First writer’s bio.' })).ok).toBe(true);
    const second = await updateAuthor(admin.id, a.id, loaded, { ...input({ name: a.name, slug: a.slug }), bio: 'Second writer’s bio.' });
    expect(second).toEqual({ ok: false, errors: { form: [expect.stringContaining('Someone else saved this profile')] } });
    expect(await db.select({ bio: authors.bio, version: authors.version }).from(authors).where(eq(authors.id, a.id)).then(first)).toEqual({ bio: 'First writer’s bio.', version: 2 });
  });

  it('deleting a profile with stories is refused; an unused one goes', async () => {
    const section = await makeSection();
    const used = await makeAuthor();
    await makeArticle({ sectionId: section.id, authorIds: [used.id] });
    expect((await deleteAuthor((await makeUser('admin')).id, used.id)).ok).toBe(false);
    expect(await db.select().from(authors).where(eq(authors.id, used.id)).then(first)).toBeDefined();
    const unused = await makeAuthor();
    expect((await deleteAuthor((await makeUser('admin')).id, unused.id)).ok).toBe(true);
  });
});

describe('mergeAuthors', () => {
  it('moves bylines without duplicates, keeps order, redirects the old slug and moves the account', async () => {
    const section = await makeSection();
    const source = await makeAuthor({ slug: 'merge-source' });
    const target = await makeAuthor({ slug: 'merge-target' });
    const other = await makeAuthor();
    const onlySource = await makeArticle({ sectionId: section.id, authorIds: [other.id, source.id] });
    const both = await makeArticle({ sectionId: section.id, authorIds: [source.id, other.id, target.id] });
    const account = await makeUser('journalist', { authorId: source.id });
    await transaction((tx) => tx.insert(slugRedirects).values({ kind: 'author', oldSlug: 'older-source', targetId: source.id }));

    const result = await mergeAuthors((await makeUser('admin')).id, source.id, target.id);
    expect(result).toEqual({ ok: true, value: { sourceSlug: 'merge-source', targetSlug: 'merge-target', bylines: 2 } });
    expect(await bylines(onlySource.id)).toEqual([
      { authorId: other.id, position: 0 },
      { authorId: target.id, position: 1 },
    ]);
    // The survivor takes the earlier of the two positions; positions stay 0..n-1.
    expect(await bylines(both.id)).toEqual([
      { authorId: target.id, position: 0 },
      { authorId: other.id, position: 1 },
    ]);
    expect(await db.select().from(authors).where(eq(authors.id, source.id)).then(first)).toBeUndefined();
    expect(await findRedirectTarget('author', 'merge-source')).toBe(target.id);
    expect(await findRedirectTarget('author', 'older-source')).toBe(target.id);
    expect((await db.select({ authorId: users.authorId }).from(users).where(eq(users.id, account.id)).then(first))?.authorId).toBe(target.id);
  });

  it('refuses to merge two profiles that both have accounts, changing nothing', async () => {
    const section = await makeSection();
    const a = await makeAuthor();
    const b = await makeAuthor();
    await makeUser('journalist', { authorId: a.id });
    await makeUser('journalist', { authorId: b.id });
    const story = await makeArticle({ sectionId: section.id, authorIds: [a.id] });
    expect((await mergeAuthors((await makeUser('admin')).id, a.id, b.id)).ok).toBe(false);
    expect((await mergeAuthors((await makeUser('admin')).id, a.id, a.id)).ok).toBe(false);
    expect(await db.select().from(articleAuthors).where(and(eq(articleAuthors.articleId, story.id), eq(articleAuthors.authorId, a.id))).then(first)).toBeDefined();
  });
});
