import { z } from 'zod';
import { AUDIT_ACTIONS, type AuditFilter } from '@/db/queries/audit';
import { zonedInputToUtc } from '@/lib/time-zone';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

const schema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  actor: z.coerce.number().int().positive().optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

type Params = Record<string, string | string[] | undefined>;

/** The instant a calendar day (YYYY-MM-DD) begins in `timeZone`, daylight-saving changes included. */
export function startOfDayIn(dayText: string, timeZone: string): Date {
  // The day text is checked by the schema; a midnight skipped by a change begins the day at the hour after it.
  return new Date(zonedInputToUtc(`${dayText}T00:00`, timeZone) ?? Date.parse(`${dayText}T00:00:00Z`));
}

const nextDay = (dayText: string) => new Date(Date.parse(`${dayText}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * ?action=&actor=&from=&to=&page= → a filter; anything malformed is simply ignored. Dates are days
 * in `timeZone` (the site's, the zone the log's times are shown in), `to` inclusive.
 */
export function parseAuditFilter(params: Params, timeZone: string): AuditFilter & { raw: Record<string, string> } {
  const raw = Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === 'string' && v !== '' ? [[k, v]] : [])));
  const parsed = schema.safeParse({ page: '1', ...raw });
  const p = parsed.success ? parsed.data : { page: 1, action: undefined, actor: undefined, from: undefined, to: undefined };
  return {
    action: p.action,
    actorId: p.actor,
    from: p.from ? startOfDayIn(p.from, timeZone) : undefined,
    to: p.to ? startOfDayIn(nextDay(p.to), timeZone) : undefined,
    page: p.page,
    raw,
  };
}
