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

// The wire (issue 12). A story's publication status for clients, as ninjs names it: usable, put on
// hold (withheld: off every public surface, record kept), or killed (canceled, for good).
export const WIRE_PUBSTATUSES = ['usable', 'withheld', 'canceled'] as const;
export type WirePubstatus = (typeof WIRE_PUBSTATUSES)[number];

// Why a wire version was written: each is one row of wire_versions, in the transaction of the change.
export const WIRE_CHANGES = ['publish', 'update', 'correction', 'withhold', 'kill', 'lift'] as const;
export type WireChange = (typeof WIRE_CHANGES)[number];

// Genres a wire editor picks from (IPTC genre names, lower case as the newsroom shows them).
export const WIRE_GENRES = ['news', 'analysis', 'interview', 'opinion', 'feature', 'profile', 'obituary', 'review', 'explainer', 'fact check'] as const;
export type WireGenre = (typeof WIRE_GENRES)[number];

/** Urgency 1–9 (ninjs); the three names a wire desk uses for the top of the scale. */
export const URGENCY_NAMES: Readonly<Record<number, string>> = { 1: 'Flash', 2: 'Bulletin', 3: 'Urgent' };
export const DEFAULT_URGENCY = 3;

// The wire service's clients (issue 12): what happened to one push of one item version to one client.
// pending: waiting for its first try or a retry; delivered: the client answered 2xx; failed: parked
// after the last try (an admin may resend it).
export const WIRE_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WireDeliveryStatus = (typeof WIRE_DELIVERY_STATUSES)[number];
