import { z } from 'zod';
import { leaveStoryPresence, touchStoryPresence } from '@/db/queries/presence';
import { getStoryAccess, type StoryAccess } from '@/db/queries/stories';
import type { Staff } from '@/lib/auth';
import { can } from '@/lib/permissions';
import { jsonAnswer, staffRoute } from '@/lib/staff-route';

const door = {
  schema: z.object({ id: z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number) }),
  load: ({ id }: { id: number }) => getStoryAccess(id),
  allow: (actor: Staff, story: StoryAccess) => can(actor, 'story:edit', story),
};

/**
 * The open editor reports every few seconds: "I have this story open". The answer names who else
 * has it open and the story's current version, so the editor can warn before a save is refused
 * (the refusal of a stale save stays the guard).
 */
export const POST = staffRoute(door, async ({ actor, resource: story }) => {
  const others = await touchStoryPresence(story.id, actor.id, Date.now());
  return jsonAnswer({ editors: others.map((o) => ({ name: o.name })), version: story.version });
});

/** The editor was closed: stop naming this person at once rather than after the fresh window. */
export const DELETE = staffRoute(door, async ({ actor, resource: story }) => {
  await leaveStoryPresence(story.id, actor.id);
  return new Response(null, { status: 204 });
});
