'use server';

import { getStoryAccess } from '@/db/queries/stories';
import { killStory, liftEmbargo } from '@/db/queries/wire-actions';
import type { Refusal } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import { can } from '@/lib/permissions';
import { killFormSchema, liftEmbargoSchema } from '@/lib/validation/wire';
import type { FieldErrors } from '@/lib/validation/story';

export type WireDeskState = { outcome: 'idle' | 'saved' | 'error'; message?: string; errors?: FieldErrors; values?: { reason?: string } };

const loadStory = (input: { id: number }) => getStoryAccess(input.id);
const refuse = (r: Refusal): WireDeskState => ({ outcome: 'error', message: r.message, errors: r.errors, values: { reason: r.values?.reason ?? '' } });

/** Kills a story (editors and admins, with a reason): off the site and feeds, 410 at its address, canceled for clients. */
export const killStoryAction = staffAction(
  {
    schema: killFormSchema,
    load: loadStory,
    missing: 'This story no longer exists.',
    allow: (actor, story) => can(actor, 'story:kill', story),
    invalid: 'Not killed: give the reason.',
    refuse,
  },
  async ({ actor, input, resource: story }): Promise<WireDeskState> => {
    const result = await killStory(actor.id, story.id, input.reason);
    if (!result.ok) return { outcome: 'error', message: result.message, values: { reason: input.reason } };
    showWriteToReaders();
    return { outcome: 'saved', message: `Killed. The story is off the site, its address answers “gone”, and clients receive version ${result.version} withdrawing it.` };
  },
);

/** Lifts an embargo before its time (editors and admins): public from now on; audited. */
export const liftEmbargoAction = staffAction(
  {
    schema: liftEmbargoSchema,
    load: loadStory,
    missing: 'This story no longer exists.',
    allow: (actor, story) => can(actor, 'story:lift_embargo', story),
    refuse,
  },
  async ({ actor, resource: story }): Promise<WireDeskState> => {
    const result = await liftEmbargo(actor.id, story.id);
    if (!result.ok) return { outcome: 'error', message: result.message };
    showWriteToReaders();
    return { outcome: 'saved', message: `Embargo lifted. The story is public now; clients receive version ${result.version}.` };
  },
);
