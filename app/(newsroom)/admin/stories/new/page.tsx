import type { Metadata } from 'next';
import { StoryForm } from '@/components/newsroom/story-form';
import { authorize, requireStaff } from '@/lib/auth';
import { getSiteSettings } from '@/lib/site-settings';
import { allowedFor, EMPTY_STORY, formChoices } from '../editor-props';
import { toWireInitial } from '../wire-props';

export const metadata: Metadata = { title: 'New story' };

export default async function NewStoryPage() {
  const actor = await requireStaff('/admin/stories/new');
  authorize(actor, 'story:create');
  const authorIds = actor.authorId ? [actor.authorId] : [];
  const allowed = allowedFor(actor, { status: 'draft', createdById: actor.id, authorIds });
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">New story</h1>
      <StoryForm initial={{ ...EMPTY_STORY, authorIds }} choices={await formChoices()} allowed={allowed} live={false} readerUrl={null} wire={toWireInitial(null, null, await getSiteSettings())} />
    </div>
  );
}
