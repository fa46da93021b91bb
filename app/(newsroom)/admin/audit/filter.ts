import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditFilter } from '@/db/queries/audit';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((v) => new Date(`${v}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()));

const schema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.coerce.number().int().positive().optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

type Params = Record<string, string | string[] | undefined>;

/** ?action=&actor=&from=&to=&page= → a filter; anything malformed is simply ignored. Dates are UTC days, `to` inclusive. */
export function parseAuditFilter(params: Params): AuditFilter & { raw: Record<string, string> } {
  const raw = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === 'string' && v !== '' ? [[k, v]] : [])));
  const parsed = schema.safeParse({ page: '1', ...raw });
  const p = parsed.success ? parsed.data : { page: 1, action: undefined, actor: undefined, from: undefined, to: undefined };
  return {
    action: p.action,
    actorId: p.actor,
    from: p.from,
    to: p.to ? new Date(p.to.getTime() + 86_400_000) : undefined,
    page: p.page,
    raw,
  };
}
