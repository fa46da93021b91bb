'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { moveStorySection, unpublishStory } from '@/db/queries/story-bulk';
import { getStoryAccess, type StoryAccess } from '@/db/queries/stories';
import { deleteStory } from '@/db/queries/story-writes';
import type { Refusal } from '@/components/newsroom/admin-form-state';
import { staffAction } from '@/lib/action';
import { BULK_DONE, BULK_OPS, bulkRefusal, type BulkOp } from '@/lib/bulk';
import { showWriteToReaders } from '@/lib/newsroom-cache';
import type { FieldErrors } from '@/lib/validation/story';
import { isReaderFacing } from '@/lib/visibility';

export type BulkState = {
  outcome: 'idle' | 'done' | 'error';
  message?: string;
  errors?: FieldErrors;
  done?: string[];
  refused?: { headline: string; reason: string }[];
};

const bulkSchema = z
  .object({
    op: z.enum(BULK_OPS, { error: 'Choose what to do with the selected stories.' }),
    ids: z.array(z.coerce.number().int().positive()).min(1, 'Select at least one story.').max(100, 'At most 100 stories at once.'),
    sectionId: z.union([z.literal('').transform(() => undefined), z.coerce.number().int().positive()]).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.op === 'move' && !v.sectionId) ctx.addIssue({ code: 'custom', path: ['sectionId'], message: 'Pick the section to move the stories to.' });
  });

const title = (s: StoryAccess) => s.headline || 'Untitled draft';

async function apply(actorId: number, op: BulkOp, story: StoryAccess, sectionId: number | undefined): Promise<boolean> {
  if (op === 'unpublish') return unpublishStory(actorId, story.id);
  if (op === 'move') return moveStorySection(actorId, story.id, sectionId!);
  await deleteStory(story.id, actorId);
  return true;
}

/**
 * Unpublishes, deletes or moves several stories at once. Each story is re-loaded and checked
 * against the permission table on its own; the answer says what was done and what was refused, and why.
 */
export const bulkStoriesAction = staffAction(
  {
    schema: bulkSchema,
    read: (formData) => ({ op: formData.get('op') ?? '', ids: formData.getAll('ids'), sectionId: formData.get('sectionId') ?? '' }),
    // Each story is loaded and authorized one by one in the run below: one refusal must not stop the rest.
    load: async (input) => Promise.all(input.ids.map((id) => getStoryAccess(id))),
    invalid: 'Nothing was changed.',
    refuse: (r: Refusal): BulkState => ({ outcome: 'error', message: r.message, errors: r.errors }),
  },
  async ({ actor, input, resource }): Promise<BulkState> => {
    const done: string[] = [];
    const refused: { headline: string; reason: string }[] = [];
    let readersSee = false;
    for (const [i, story] of resource.entries()) {
      if (!story) {
        refused.push({ headline: `Story ${input.ids[i]}`, reason: 'It no longer exists.' });
        continue;
      }
      const reason = bulkRefusal(actor, input.op, story, input.sectionId);
      if (reason) {
        refused.push({ headline: title(story), reason });
        continue;
      }
      if (await apply(actor.id, input.op, story, input.sectionId)) {
        done.push(title(story));
        readersSee ||= isReaderFacing(story);
      } else refused.push({ headline: title(story), reason: 'It changed meanwhile; reload and try again.' });
    }
    if (readersSee) showWriteToReaders();
    revalidatePath('/admin', 'layout');
    const message = `${BULK_DONE[input.op]} ${done.length} ${done.length === 1 ? 'story' : 'stories'}${refused.length ? `; ${refused.length} refused` : ''}.`;
    return { outcome: 'done', message, done, refused };
  },
);
