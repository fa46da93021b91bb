import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { ActionForm } from '@/components/newsroom/action-form';
import { ConfirmButton } from '@/components/newsroom/confirm-button';
import { NoteForm } from '@/components/newsroom/note-form';
import { ReviewNoteBanner } from '@/components/newsroom/review-note-banner';
import { SendBackForm } from '@/components/newsroom/send-back-form';
import { StatusBadge } from '@/components/newsroom/status-badge';
import { StoryForm } from '@/components/newsroom/story-form';
import { WireDeskSection } from '@/components/newsroom/wire-desk-section';
import { getStoryWireDesk } from '@/db/queries/wire';
import { getStoryAccess, getStoryForEditor, listNotes } from '@/db/queries/stories';
import { authorize, requireStaff } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { can } from '@/lib/permissions';
import { getSiteSettings } from '@/lib/site-settings';
import { isLive, isUnderEmbargo } from '@/lib/visibility';
import { displayStatus } from '@/lib/workflow';
import { allowedFor, formChoices, toFormInitial } from '../editor-props';
import { toWireInitial } from '../wire-props';
import { deleteStoryAction } from './actions';
import { storyIdFrom } from './story-id';

export const metadata: Metadata = { title: 'Edit story' };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = { save: 'Saved', submit: 'Submitted for review', publish: 'Published', schedule: 'Scheduled' };

export default async function EditStoryPage({ params, searchParams }: Props) {
  const site = await getSiteSettings();
  const id = await storyIdFrom(params);
  const actor = await requireStaff(`/admin/stories/${id}`);
  const access = await getStoryAccess(id);
  if (!access) notFound();
  if (!can(actor, 'story:edit', access)) {
    authorize(actor, 'story:view', access);
    redirect(`/admin/stories/${id}/preview`);
  }
  const story = await getStoryForEditor(id);
  if (!story) notFound();
  const live = isLive(access);
  const notes = await listNotes(id);
  const wire = await getStoryWireDesk(id);
  const done = (await searchParams).done;
  const flash = typeof done === 'string' ? DONE[done] : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl font-bold">Edit story</h1>
        <StatusBadge status={displayStatus(story)} />
        {story.publishedAt && (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">
            {story.status === 'scheduled' && !live ? 'Goes live' : 'Published'} {formatDateTime(story.publishedAt, site.timeZone)}
            {story.updatedAt && story.updatedAt > story.publishedAt ? ` · Updated ${formatDateTime(story.updatedAt, site.timeZone)}` : ''}
          </p>
        )}
      </div>
      {story.status === 'changes_requested' && story.reviewNote && (
        <ReviewNoteBanner note={story.reviewNote} by={story.reviewNoteBy} at={story.reviewNoteAt} timeZone={site.timeZone} />
      )}
      <StoryForm
        initial={await toFormInitial(story)}
        choices={await formChoices()}
        allowed={allowedFor(actor, access)}
        // Out to clients under embargo: edited as a live story (update, substantive or minor).
        live={live || isUnderEmbargo(access)}
        readerUrl={live ? `/${story.sectionSlug}/${story.slug}` : null}
        flash={flash}
        wire={toWireInitial(wire, story, site)}
      />
      <div className="grid gap-6 border-t border-neutral-200 pt-6 lg:grid-cols-2 dark:border-neutral-800">
        {story.status === 'in_review' && can(actor, 'story:send_back', access) && (
          <section aria-labelledby="send-back-heading" className="space-y-3">
            <h2 id="send-back-heading" className="font-serif text-xl font-bold">
              Send back
            </h2>
            <SendBackForm storyId={id} />
          </section>
        )}
        {(notes.length > 0 || can(actor, 'story:note', access)) && (
          <section aria-labelledby="notes-heading" className="space-y-4">
            <h2 id="notes-heading" className="font-serif text-xl font-bold">
              Corrections and updates
            </h2>
            {notes.length > 0 && (
              <ul className="space-y-2">
                {notes.map((n) => (
                  <li key={n.id} className="rounded-md border-l-4 border-amber-600 bg-white p-3 text-sm dark:bg-neutral-900">
                    <p className="font-semibold capitalize">
                      {n.kind.replace('_', ' ')} · {formatDateTime(n.createdAt, site.timeZone)}
                      {n.by ? ` · ${n.by}` : ''}
                    </p>
                    <p className="mt-1">{n.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {can(actor, 'story:note', access) && (story.status === 'published' || story.status === 'scheduled') && <NoteForm storyId={id} />}
          </section>
        )}
        {wire && <WireDeskSection actor={actor} access={access} wire={wire} timeZone={site.timeZone} />}
        {can(actor, 'story:delete', access) && (
          <section aria-labelledby="danger-heading" className="space-y-3">
            <h2 id="danger-heading" className="font-serif text-xl font-bold">
              Delete
            </h2>
            <p className="text-sm text-neutral-600 dark:text-neutral-400">Deleting removes the story, its history and its notes for good.</p>
            <ActionForm action={deleteStoryAction}>
              <input type="hidden" name="id" value={id} />
              <ConfirmButton
                question="Delete this story for good? This cannot be undone."
                className="rounded-md border border-red-300 px-3 py-2 text-sm font-semibold text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-400 dark:hover:bg-red-950/40"
              >
                Delete story
              </ConfirmButton>
            </ActionForm>
          </section>
        )}
      </div>
    </div>
  );
}
