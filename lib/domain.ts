// The literal unions the whole app shares: roles, workflow statuses, note kinds and the like.
// Pure on purpose (no drizzle, no server-only), so client components and validation may import
// them without pulling the database schema into a browser chunk (issue 11, item 12).
// db/schema.ts builds its enum columns from these.

export const ROLES = ['contributor', 'journalist', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

// changes_requested: an editor sent the story back to its writer with a note (issue 13).
export const ARTICLE_STATUSES = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const NOTE_KINDS = ['correction', 'clarification', 'update', 'editors_note'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export const REDIRECT_KINDS = ['article', 'author', 'section', 'tag'] as const;
export type RedirectKind = (typeof REDIRECT_KINDS)[number];

export const INVITATION_PURPOSES = ['invite', 'reset'] as const;
export type InvitationPurpose = (typeof INVITATION_PURPOSES)[number];

/** A labelled link on an author profile (stored as JSON on the author row). */
export type ProfileLink = { label: string; url: string };
