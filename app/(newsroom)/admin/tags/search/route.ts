import { z } from 'zod';
import { searchTags } from '@/db/queries/tag-search';
import { jsonAnswer, staffRoute } from '@/lib/staff-route';

/** Tags matching what the writer types in the story editor's tag picker (20 at most). */
export const GET = staffRoute({ permission: 'story:create', schema: z.object({ q: z.string().max(60).default('') }) }, async ({ input }) =>
  jsonAnswer({ tags: await searchTags(input.q, 20) }),
);
