import 'server-only';
import { z } from 'zod';
import { getCurrentStaff, type Staff } from '@/lib/auth';
import { can, type StaffAction } from '@/lib/permissions';

// The route-handler twin of lib/action.ts's door (STYLE.md 4 and 11), for the newsroom's small
// JSON routes (presence, tag search): authenticate (401, never a redirect), a role-level
// permission, safeParse of the route params and query, re-load the resource, authorize against
// lib/permissions.ts with it, then run. Answers are JSON and never cached.

export type RouteContext<I, R> = { actor: Staff; input: I; resource: R; request: Request };

export type RouteDoor<S extends z.ZodType, R> = {
  /** What the route params and query string (merged; params win) must hold. */
  schema: S;
  /** A permission that needs no resource, asked before parsing. */
  permission?: StaffAction;
  /** Re-loads the resource from the parsed input; null when it no longer exists (404). */
  load?: (input: z.infer<S>, actor: Staff) => R | null | Promise<R | null>;
  /** The resource-level check, asked of lib/permissions.ts with the re-loaded resource (403). */
  allow?: (actor: Staff, resource: R, input: z.infer<S>) => boolean;
};

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/** A JSON answer the browser and any proxy must not keep. */
export function jsonAnswer(data: unknown, status = 200): Response {
  return Response.json(data, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/** Wraps a route handler in the door; `run` sees only an authenticated, authorized actor and parsed input. */
export function staffRoute<S extends z.ZodType, R = undefined>(
  door: RouteDoor<S, R>,
  run: (ctx: RouteContext<z.infer<S>, R>) => Promise<Response>,
): (request: Request, context: NextRouteContext) => Promise<Response> {
  return async (request, context) => {
    const actor = await getCurrentStaff();
    if (!actor) return jsonAnswer({ error: 'Sign in again to go on.' }, 401);
    if (door.permission && !can(actor, door.permission)) return jsonAnswer({ error: 'You may not do this.' }, 403);
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = door.schema.safeParse({ ...query, ...(await context.params) });
    if (!parsed.success) return jsonAnswer({ error: 'Bad request.', details: z.flattenError(parsed.error).fieldErrors }, 400);
    const resource = door.load ? await door.load(parsed.data, actor) : (undefined as R);
    if (resource === null) return jsonAnswer({ error: 'Not found.' }, 404);
    if (door.allow && !door.allow(actor, resource, parsed.data)) return jsonAnswer({ error: 'You may not do this.' }, 403);
    return await run({ actor, input: parsed.data, resource, request });
  };
}
