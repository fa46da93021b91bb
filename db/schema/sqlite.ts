import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

import { ARTICLE_STATUSES, INVITATION_PURPOSES, NOTE_KINDS, REDIRECT_KINDS, ROLES, type ProfileLink } from '../../lib/domain';

// The unions live in lib/domain.ts (pure, importable by client code); re-exported for db/ code.
export { ARTICLE_STATUSES, NOTE_KINDS, REDIRECT_KINDS, ROLES };
export type { ArticleStatus, NoteKind, ProfileLink, RedirectKind, Role } from '../../lib/domain';

// Timestamps are unix milliseconds (UTC by construction); formatting to the site's time zone
// happens only at render time.
const ts = (name: string) => integer(name, { mode: 'timestamp_ms' });
const created = () => ts('created_at').notNull().default(sql`(unixepoch() * 1000)`);

export const authors = sqliteTable('authors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  jobTitle: text('job_title').notNull().default(''),
  bio: text('bio').notNull().default(''),
  photoUrl: text('photo_url'),
  links: text('links', { mode: 'json' }).$type<ProfileLink[]>().notNull().default(sql`'[]'`),
  isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
  createdAt: created(),
  updatedAt: ts('updated_at').notNull().default(sql`(unixepoch() * 1000)`),
  // Optimistic concurrency, as for stories: a save names the version its form was loaded at.
  version: integer('version').notNull().default(1),
});

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    role: text('role', { enum: ROLES }).notNull().default('contributor'),
    isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
    authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
    // Bumped on password change, role change or deactivation so old sessions stop working.
    sessionVersion: integer('session_version').notNull().default(1),
    lastLoginAt: ts('last_login_at'),
    createdAt: created(),
    updatedAt: ts('updated_at').notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`), uniqueIndex('users_author_unique').on(t.authorId)],
);

export const sections = sqliteTable('sections', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  position: integer('position').notNull().default(0),
});

export const tags = sqliteTable('tags', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
});

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull(),
    dek: text('dek').notNull().default(''),
    body: text('body').notNull().default(''),
    // Plain text of the body, kept beside it by the data layer; feeds the full-text index.
    bodyText: text('body_text').notNull().default(''),
    heroImageUrl: text('hero_image_url'),
    heroImageAlt: text('hero_image_alt').notNull().default(''),
    heroImageCaption: text('hero_image_caption').notNull().default(''),
    heroImageCredit: text('hero_image_credit').notNull().default(''),
    // Null only on drafts: autosave keeps a story before its section is chosen; the check below
    // keeps a story without one off the reader site (issue 13).
    sectionId: integer('section_id').references(() => sections.id),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    publishedAt: ts('published_at'),
    // The reader-visible "Updated" time: moves only on substantive edits after publishing.
    updatedAt: ts('updated_at'),
    // Any change at all; drives the newsroom's "last change" sort.
    modifiedAt: ts('modified_at').notNull().default(sql`(unixepoch() * 1000)`),
    createdAt: created(),
    sourceName: text('source_name'),
    sourceUrl: text('source_url'),
    correctionNote: text('correction_note'),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    // Optimistic concurrency: every save must name the version it started from.
    version: integer('version').notNull().default(1),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    // The review loop: who sent the story to the queue and when; the editor's note when it was sent back.
    submittedAt: ts('submitted_at'),
    submittedById: integer('submitted_by_id').references(() => users.id, { onDelete: 'set null' }),
    reviewNote: text('review_note'),
    reviewNoteAt: ts('review_note_at'),
    reviewNoteById: integer('review_note_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('articles_live_has_section', sql`status not in ('published', 'scheduled') or section_id is not null`),
    // Reader listings: "visible and newest first", globally and per section. Partial indexes keep
    // drafts out of the hot path; reader queries repeat the same literal predicate so SQLite uses them.
    // The global one also carries what the article sitemaps list (id, slug, section, updated):
    // a 50,000-URL sitemap is read from the index alone (25 ms at 100,000 stories, not 700).
    index('articles_visible_published_idx')
      .on(t.publishedAt, t.id, t.slug, t.sectionId, t.updatedAt)
      .where(sql`status in ('published', 'scheduled')`),
    index('articles_visible_section_idx')
      .on(t.sectionId, t.publishedAt)
      .where(sql`status in ('published', 'scheduled')`),
    index('articles_status_modified_idx').on(t.status, t.modifiedAt),
    index('articles_modified_idx').on(t.modifiedAt),
    // A writer's own stories (the dashboard's "Mine", a contributor's whole list) without a scan.
    index('articles_created_by_idx').on(t.createdById),
    // Visibility of a story by id without reading its row: the body sits before these columns, so
    // checking each full-text match through the table costs kilobytes of overflow pages per match.
    index('articles_visibility_by_id_idx').on(t.id, t.status, t.publishedAt, t.sectionId),
  ],
);

export const articleAuthors = sqliteTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
    // Copies of the story's publish time and reader visibility, kept by triggers (migration
    // 0003), so an author's page is one index range however many stories they have.
    publishedAt: ts('published_at'),
    listed: integer('listed', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.authorId] }),
    index('article_authors_author_idx').on(t.authorId, t.articleId),
    index('article_authors_listing_idx').on(t.authorId, t.publishedAt).where(sql`listed = 1`),
  ],
);

export const articleTags = sqliteTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    // As on article_authors: a tag page is one index range, even for a tag on a third of the archive.
    publishedAt: ts('published_at'),
    listed: integer('listed', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.tagId] }),
    index('article_tags_tag_idx').on(t.tagId, t.articleId),
    index('article_tags_listing_idx').on(t.tagId, t.publishedAt).where(sql`listed = 1`),
  ],
);

/** Full snapshots, one per save, for history, diff and restore. */
export const articleRevisions = sqliteTable(
  'article_revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: text('snapshot', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
    summary: text('summary').notNull().default(''),
  },
  (t) => [uniqueIndex('article_revisions_article_version_unique').on(t.articleId, t.version)],
);

/** Corrections, clarifications, updates and editor's notes shown on the story. */
export const articleNotes = sqliteTable(
  'article_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTE_KINDS }).notNull(),
    body: text('body').notNull(),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('article_notes_article_idx').on(t.articleId, t.createdAt)],
);

/** Old slugs that must keep working with a permanent redirect. */
export const slugRedirects = sqliteTable(
  'slug_redirects',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: REDIRECT_KINDS }).notNull(),
    oldSlug: text('old_slug').notNull(),
    targetId: integer('target_id').notNull(),
    createdAt: created(),
  },
  (t) => [uniqueIndex('slug_redirects_kind_slug_unique').on(t.kind, t.oldSlug)],
);

/** Failed sign-in counters per account and per address. */
export const loginAttempts = sqliteTable('login_attempts', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  firstFailureAt: ts('first_failure_at').notNull(),
  lockedUntil: ts('locked_until'),
});

/** Signed-out sessions (the JWT's `sid`), refused until the token would have expired anyway. */
export const revokedSessions = sqliteTable('revoked_sessions', {
  sid: text('sid').primaryKey(),
  expiresAt: ts('expires_at').notNull(),
});

export const invitations = sqliteTable(
  'invitations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: INVITATION_PURPOSES }).notNull(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('invitations_user_idx').on(t.userId)],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: integer('target_id'),
    details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
    createdAt: created(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt), index('audit_log_action_idx').on(t.action, t.createdAt)],
);

export const siteSettings = sqliteTable('site_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const media = sqliteTable('media', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  path: text('path').notNull().unique(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  mime: text('mime').notNull(),
  bytes: integer('bytes').notNull(),
  createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: created(),
});

/**
 * One row: a token that changes with every write readers can see. Triggers (migration 0007 on
 * SQLite, 0001 on PostgreSQL) set a new random token in the same transaction as the write, so no
 * code path can forget it, and a restored or different database brings its own. The response cache
 * of `npm start` stamps each page with it (db/queries/content-state.ts, scripts/content-state.mjs).
 */
export const contentState = sqliteTable(
  'content_state',
  {
    id: integer('id').primaryKey(),
    token: text('token').notNull(),
  },
  (t) => [check('content_state_one_row', sql`${t.id} = 1`)],
);

/**
 * The front pages editors arrange (/admin/front): per scope ('home', or 'section:<id>' for a
 * section's own lead), the pinned stories in slot order (0 is the lead). Readers see a pin only
 * while its story is visible (the reader query applies the rule), so an unpublished or deleted
 * story drops out with no clean-up; deleting the story removes its pins.
 */
export const frontSlots = sqliteTable(
  'front_slots',
  {
    scope: text('scope').notNull(),
    position: integer('position').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    pinnedById: integer('pinned_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.position] }), uniqueIndex('front_slots_scope_article_idx').on(t.scope, t.articleId)],
);

/** The breaking-news banner: at most one row, shown on every reader page until `expires_at`. */
export const frontBanner = sqliteTable(
  'front_banner',
  {
    id: integer('id').primaryKey(),
    text: text('text').notNull(),
    link: text('link').notNull().default(''),
    expiresAt: ts('expires_at').notNull(),
    updatedById: integer('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [check('front_banner_one_row', sql`${t.id} = 1`)],
);

/**
 * Rate-limit counters (lib/rate-limit.ts): per bucket and client key, the hits of the window that
 * began with the key's first request. In the database so every app instance counts against one
 * limit; windows long over are pruned.
 */
export const rateLimitHits = sqliteTable(
  'rate_limit_hits',
  {
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    windowStart: ts('window_start').notNull(),
    hits: integer('hits').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.key] }), index('rate_limit_hits_window_idx').on(t.windowStart)],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Author = typeof authors.$inferSelect;
export type NewAuthor = typeof authors.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Section = typeof sections.$inferSelect;
export type Tag = typeof tags.$inferSelect;
