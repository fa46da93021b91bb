import * as pgSchema from './schema/pg';
import * as sqliteSchema from './schema/sqlite';
import { dialectOf, parseDatabaseUrl } from './engine';

// The tables of the engine DATABASE_URL names. Both schemas declare the same tables, columns and
// rows (db/schema-parity.test.ts fails when they drift), so the data layer is written once, typed
// against the PostgreSQL declarations, and runs on either.
export type Schema = typeof pgSchema;
const chosen: Schema = dialectOf(parseDatabaseUrl(process.env.DATABASE_URL)) === 'sqlite' ? (sqliteSchema as unknown as Schema) : pgSchema;

export const {
  authors,
  users,
  sections,
  tags,
  articles,
  articleAuthors,
  articleTags,
  articleRevisions,
  articleNotes,
  slugRedirects,
  loginAttempts,
  revokedSessions,
  invitations,
  auditLog,
  siteSettings,
  media,
  contentState,
  rateLimitHits,
  frontSlots,
  frontBanner,
  storyPresence,
  wireVersions,
  wireClients,
  wireApiKeys,
  wireProducts,
  wireRequests,
  wireMessages,
  wireDeliveries,
} = chosen;

export { ARTICLE_STATUSES, NOTE_KINDS, REDIRECT_KINDS, ROLES, WIRE_CHANGES, WIRE_PUBSTATUSES } from './schema/pg';
export type { Article, ArticleStatus, Author, NewArticle, NewAuthor, NewUser, NoteKind, ProfileLink, RedirectKind, Role, Section, Tag, User, WireChange, WirePubstatus } from './schema/pg';
