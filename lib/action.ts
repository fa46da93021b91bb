import 'server-only';
import { forbidden, unauthorized } from 'next/navigation';
import { z } from 'zod';
import { submittedValues, withUnsavedFiles, type Refusal } from '@/components/newsroom/admin-form-state';
import { getCurrentStaff, type Staff } from '@/lib/auth';
import { can, type StaffAction } from '@/lib/permissions';
import { fieldErrors } from '@/lib/validation/story';

// The one door every newsroom server action goes through (STYLE.md 11), in the spirit of
// saas-starter's validatedActionWithUser:
//   1. authenticate: an anonymous call is a 401 and runs nothing (never a redirect: a script
//      replaying the request would read a redirect as success);
//   2. a role-level permission, asked before anything is parsed or loaded;
//   3. zod safeParse of the form; every field's errors come back with the submitted values;
//   4. re-load the resource the action works on (never trust what the form says about it);
//   5. authorize against lib/permissions.ts with that resource;
//   6. run.
// Refusals by permission are 403s; expected failures (invalid, gone, stale) are data.

export type ActionContext<I, R> = { actor: Staff; input: I; resource: R; formData: FormData };

export type Door<S extends z.ZodType, R, State> = {
  /** What the form must send (a function when the schema depends on the request: its time, the site's zone). */
  schema: S | (() => S | Promise<S>);
  /** Reads FormData into what `schema` parses; default: every string field (files left out). */
  read?: (formData: FormData) => unknown;
  /** A permission that needs no resource, asked before parsing. */
  permission?: StaffAction;
  /** Re-loads the resource from the parsed input; null when it no longer exists. */
  load?: (input: z.infer<S>, actor: Staff) => R | null | Promise<R | null>;
  /** Said when `load` finds nothing. */
  missing?: string;
  /** The resource-level check, asked of lib/permissions.ts with the re-loaded resource. */
  allow?: (actor: Staff, resource: R, input: z.infer<S>) => boolean;
  /** Said above the field errors when the form does not parse. */
  invalid?: string;
  /** Echo the submitted values after a refusal (off for password forms). */
  keepValues?: boolean;
  /** The form's own state for a refusal. */
  refuse: (refusal: Refusal) => State;
};

/** Every string field of a form, the default input of a door. */
function formFields(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The staff member calling, or a 401 (never a redirect to sign-in): the first line of every action. */
async function actingStaff(): Promise<Staff> {
  const actor = await getCurrentStaff();
  if (!actor) unauthorized();
  return actor;
}

/**
 * Wraps a server action in the door. The result takes `(previousState, formData)` as
 * `useActionState` calls it; `run` sees only an authenticated, authorized actor and parsed input.
 */
export function staffAction<S extends z.ZodType, R = undefined, State = never>(
  door: Door<S, R, State>,
  run: (ctx: ActionContext<z.infer<S>, R>) => Promise<State>,
): (previous: State | null, formData: FormData) => Promise<State> {
  return async (_previous, formData) => {
    const actor = await actingStaff();
    if (door.permission && !can(actor, door.permission)) forbidden();
    const values = door.keepValues === false ? undefined : submittedValues(formData);
    const schema = typeof door.schema === 'function' ? await door.schema() : door.schema;
    const parsed = schema.safeParse(door.read ? door.read(formData) : formFields(formData));
    if (!parsed.success) {
      return door.refuse({ message: door.invalid ?? 'Nothing was saved. Check the highlighted fields.', errors: withUnsavedFiles(formData, fieldErrors(parsed.error)), values });
    }
    const resource = door.load ? await door.load(parsed.data, actor) : (undefined as R);
    if (resource === null) return door.refuse({ message: door.missing ?? 'This item no longer exists.', errors: {}, values });
    if (door.allow && !door.allow(actor, resource, parsed.data)) forbidden();
    return run({ actor, input: parsed.data, resource, formData });
  };
}

/** The hidden version a form was loaded at, for the optimistic concurrency check. */
export const versionField = z.coerce.number({ error: 'Reload the page and try again.' }).int().positive('Reload the page and try again.');
