'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { sendBackStory } from '@/db/queries/review';
import { getStoryAccess } from '@/db/queries/stories';
import type { Refusal } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { can } from '@/lib/permissions';
import type { FieldErrors } from '@/lib/validation/story';
import { sendBackRefusal } from '@/lib/workflow';

export type SendBackState = { outcome: 'idle' | 'error'; message?: string; errors?: FieldErrors; note?: string };

const sendBackSchema = z.object({
  id: z.coerce.number().int().positive(),
  note: z.string().trim().min(1, 'Tell the writer what to change.').max(2000, 'At most 2,000 characters.'),
});

/** Sends a story in review back to its writer with a note (editors and admins). */
export const sendBackAction = staffAction(
  {
    schema: sendBackSchema,
    load: (input) => getStoryAccess(input.id),
    missing: 'This story no longer exists.',
    allow: (actor, story) => can(actor, 'story:send_back', story),
    invalid: 'Not sent back: the note needs attention.',
    refuse: (r: Refusal): SendBackState => ({ outcome: 'error', message: r.message, errors: r.errors, note: r.values?.note }),
  },
  async ({ actor, input, resource: story }): Promise<SendBackState> => {
    const refusal = sendBackRefusal(story.status);
    if (refusal || !(await sendBackStory(actor.id, story.id, input.note))) {
      return { outcome: 'error', message: refusal ?? sendBackRefusal('draft')!, note: input.note };
    }
    redirect(`/admin/review?sentBack=${story.id}`);
  },
);
