import 'server-only';
import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { db, first } from '../client';
import type { Tx } from './admin-tx';
import { auditLog, users } from '../schema';

/** Every kind of event the audit log records; the filter on /admin/audit offers these. */
export const AUDIT_ACTIONS = [
  'story.publish',
  'story.unpublish',
  'story.delete',
  'story.changes_requested',
  'story.restore',
  'story.move_section',
  'staff.invite',
  'staff.role',
  'staff.deactivate',
  'staff.reactivate',
  'staff.password_reset',
  'staff.invitation_accepted',
  'author.merge',
  'author.delete',
  'settings.update',
  // Content edits readers see, beyond publishing (issue 13).
  'story.update',
  'story.note',
  'author.create',
  'author.update',
  'section.create',
  'section.update',
  'section.delete',
  'tag.update',
  'tag.merge',
  'tag.delete',
  'front.update',
  'front.banner',
  // The wire (issue 12).
  'story.kill',
  'story.embargo_lift',
  // The wire service's clients (issue 12).
  'wire.client_create',
  'wire.key_create',
  'wire.key_revoke',
  'wire.webhook',
  'wire.product_add',
  'wire.product_delete',
  'wire.resend',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  actorId: number | null;
  action: AuditAction;
  targetType: 'story' | 'user' | 'author' | 'settings' | 'section' | 'tag' | 'front' | 'wire_client';
  targetId?: number | null;
  details?: Record<string, unknown>;
  at?: Date;
};


/** Appends one entry; pass the transaction of the change so both land or neither does. */
export async function recordAudit(tx: Tx | typeof db, entry: AuditEntry) {
  await tx.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
      // Set here, not by the column default: SQLite's default has whole seconds, which would
      // order a correction before the publish it followed within the same second.
      createdAt: entry.at ?? new Date(),
    });
}

export type AuditFilter = { action?: AuditAction; actorId?: number; from?: Date; to?: Date; page: number };
export type AuditRow = {
  id: number;
  at: number;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: number | null;
  /** The target's current name (account, author, section, tag), null when it is gone. */
  targetName: string | null;
  details: Record<string, unknown>;
};

// Targets of several kinds in one column: each kind's current name, read by id.
const targetName = sql<string | null>`case ${auditLog.targetType}
  when 'user' then (select u.name from users u where u.id = ${auditLog.targetId})
  when 'author' then (select a.name from authors a where a.id = ${auditLog.targetId})
  when 'section' then (select s.name from sections s where s.id = ${auditLog.targetId})
  when 'tag' then (select t.name from tags t where t.id = ${auditLog.targetId})
  when 'wire_client' then (select c.name from wire_clients c where c.id = ${auditLog.targetId})
  end`;

export const AUDIT_PAGE_SIZE = 50;

/** Staff screen only: the log newest first, filtered by action, actor and [from, to). */
export async function listAudit(filter: AuditFilter): Promise<{ items: AuditRow[]; total: number; pageCount: number }> {
  const where: SQL[] = [];
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.from) where.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) where.push(lt(auditLog.createdAt, filter.to));
  const cond = where.length ? and(...where) : undefined;
  const total = Number((await db.select({ n: sql<number>`count(*)` }).from(auditLog).where(cond).then(first))?.n ?? 0);
  const items = await db
    .select({
      id: auditLog.id,
      at: auditLog.createdAt,
      actorName: users.name,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetName,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(cond)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE);
  return { items: items.map((r) => ({ ...r, at: r.at.getTime() })), total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Everyone who appears as an actor, for the filter's select. */
export async function listAuditActors(): Promise<{ id: number; name: string }[]> {
  return db
    .selectDistinct({ id: users.id, name: users.name })
    .from(auditLog)
    .innerJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(users.name);
}
