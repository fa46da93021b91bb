'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useTransition } from 'react';
import { saveStoryAction } from '@/app/(newsroom)/admin/stories/actions';
import { formatTime } from '@/lib/format';
import { storyLengthLabel } from '@/lib/reading-time';
import { bodyLengthError } from '@/lib/request-limits';
import { bodyHasContent } from '@/lib/validation/story';
import type { StoryFormState } from '@/lib/validation/story-state';
import { Field, inputClass } from './field';
import { HeroImageField } from './hero-image-field';
import { RichTextEditor } from './rich-text-editor';
import { SaveStatus, type SaveState } from './save-status';
import { StoryActions } from './story-actions';
import { StoryBar, type Conflict } from './story-bar';
import { StoryMetaFields } from './story-meta-fields';
import { StorySidePanel } from './story-side-panel';
import { WireHeadFields, WireMetaFields } from './wire-fields';
import type { WireFieldsInitial } from './wire-fields-types';
import type { StoryFormAllowed, StoryFormChoices, StoryFormInitial } from './story-form-types';
import { usePresence } from './use-presence';

type Props = {
  initial: StoryFormInitial;
  choices: StoryFormChoices;
  allowed: StoryFormAllowed;
  live: boolean;
  readerUrl: string | null;
  /** What the save that created this story did, carried over the move to the story's own address. */
  flash?: string;
  /** The wire panel's values (issue 12). */
  wire: WireFieldsInitial;
};

const AUTOSAVE_MS = 2500;
const headlineClass = inputClass.replace('text-sm', 'font-serif text-xl leading-snug font-bold sm:text-2xl') + ' resize-none [field-sizing:content] min-h-[2.75rem]';

/** The story editor form: fields, rich-text body, autosave of drafts, presence and the workflow buttons. */
export function StoryForm({ initial, choices, allowed, live, readerUrl, flash, wire }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [id, setId] = useState(initial.id);
  const [version, setVersion] = useState(initial.version);
  const [status, setStatus] = useState(initial.status);
  const [body, setBody] = useState(initial.body);
  const [length, setLength] = useState(() => storyLengthLabel(''));
  const [result, setResult] = useState<StoryFormState>({ outcome: 'idle' });
  const [save, setSave] = useState<SaveState>(flash ? 'saved' : 'clean');
  const [savedAt, setSavedAt] = useState<string | undefined>(undefined);
  const [detail, setDetail] = useState<string | undefined>(flash && flash !== 'Saved' ? flash : undefined);
  const [newer, setNewer] = useState<number | null>(null);
  // While a new story moves to its own address the form is about to be replaced: no second click
  // may land in this copy, whose answer would be thrown away with it.
  const [moving, startMove] = useTransition();
  const changes = useRef(0);
  const [tick, setTick] = useState(0);
  const inflight = useRef<Promise<void> | null>(null);
  const idRef = useRef(initial.id);
  const versionRef = useRef(initial.version);
  const bodyRef = useRef(initial.body);
  const stale = result.outcome === 'stale';
  const autosaveOn = (status === 'draft' || status === 'in_review' || status === 'changes_requested') && !stale;
  const editors = usePresence(id, (current) => {
    // Someone else's save, seen between ours: warn now rather than at the refused save.
    if (!inflight.current && current > versionRef.current) setNewer(current);
  });

  function changed() {
    changes.current += 1;
    setTick(changes.current);
    setSave('dirty');
  }

  // Saves run one at a time; a click during an autosave waits for it, then sends the new version.
  async function doSave(intent: string) {
    while (inflight.current) await inflight.current;
    const run = saveOnce(intent);
    inflight.current = run;
    await run;
    inflight.current = null;
  }

  async function saveOnce(intent: string) {
    const form = formRef.current;
    if (!form) return;
    const tooLong = bodyLengthError(bodyRef.current);
    if (tooLong) {
      setSave('failed');
      setDetail(tooLong);
      setResult({ outcome: 'error', message: 'Some fields need attention.', errors: { body: [tooLong] } });
      return;
    }
    const startedAt = changes.current;
    setSave('saving');
    setDetail(undefined);
    const fd = new FormData(form);
    fd.set('intent', intent);
    fd.set('id', idRef.current === null ? '' : String(idRef.current));
    fd.set('version', String(versionRef.current));
    fd.set('body', bodyRef.current);
    let res: StoryFormState;
    try {
      res = await saveStoryAction({ outcome: 'idle' }, fd);
    } catch {
      res = { outcome: 'error', message: 'The server refused or could not be reached (if your session ended, sign in again in another tab). Your text is still here.' };
    }
    if (res.outcome !== 'saved') {
      setSave('failed');
      setDetail(res.message);
      // Autosave failures stay in the status line; an explicit save shows errors beside the fields.
      if (intent !== 'autosave' || res.outcome === 'stale') setResult(res);
      return;
    }
    const wasNew = idRef.current === null;
    if (res.id) idRef.current = res.id;
    if (res.version) versionRef.current = res.version;
    setResult(res);
    setNewer(null);
    setId(idRef.current);
    setVersion(versionRef.current);
    setStatus(res.storyStatus ?? status);
    setSave(changes.current > startedAt ? 'dirty' : 'saved');
    setSavedAt(formatTime(res.savedAt ?? Date.now(), choices.timeZone));
    setDetail(res.message === 'Saved' || res.message === 'Autosaved' ? undefined : res.message);
    if (res.id && wasNew && intent === 'autosave') {
      window.history.replaceState(null, '', `/admin/stories/${res.id}`);
    } else if (res.id && initial.id === null && intent !== 'autosave') {
      // A story begun on this page (even one an autosave already stored) moves to its own page
      // on the first explicit save, which then says what the save did.
      startMove(() => router.replace(`/admin/stories/${res.id}?done=${intent}`));
    } else if (intent !== 'autosave') {
      router.refresh();
    }
  }

  useEffect(() => {
    if (save !== 'dirty' || !autosaveOn) return;
    // A draft is kept as soon as it has a headline or any text (issue 13), section or not.
    const headline = (formRef.current?.elements.namedItem('headline') as HTMLTextAreaElement | null)?.value ?? '';
    if (headline.trim() === '' && !bodyHasContent(bodyRef.current)) return;
    const timer = setTimeout(() => void doSave('autosave'), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // doSave reads the latest form itself; re-arming on every change is the point.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tick, save, autosaveOn]);

  useEffect(() => {
    if (save !== 'dirty' && save !== 'failed' && save !== 'saving') return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [save]);

  // A refused save puts the caret in the first field at fault, in the order the form reads.
  useEffect(() => {
    if (result.outcome !== 'error' || !result.errors || Object.keys(result.errors).length === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
    if (!first) return;
    first.focus({ preventScroll: true });
    first.scrollIntoView({ block: 'center' });
  }, [result]);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value ?? 'save';
    if (intent === 'unpublish' && !window.confirm('Take this story off the reader site?')) return;
    void doSave(intent);
  }

  const errors = result.outcome === 'error' ? result.errors : undefined;
  const conflict: Conflict | null =
    stale && result.conflict
      ? { message: result.message ?? 'Your changes were not saved.', theirVersion: result.conflict.version }
      : newer !== null
        ? { message: `A newer version (${newer}) was saved while you were typing. Saving now will be refused: compare, then copy your changes into the current version.`, theirVersion: newer }
        : null;
  return (
    <form ref={formRef} onSubmit={onSubmit} onInput={changed} noValidate className="grid gap-x-8 gap-y-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="body" value={body} />
      <div className="min-w-0 space-y-5">
        {result.outcome === 'error' && result.message && (
          <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200">
            {result.message}
          </p>
        )}
        <WireHeadFields initial={wire} errors={errors} />
        <Field id="headline" label="Headline" errors={errors?.headline}>
          <textarea
            id="headline"
            name="headline"
            rows={1}
            defaultValue={initial.headline}
            aria-invalid={!!errors?.headline}
            aria-describedby={errors?.headline ? 'headline-error' : undefined}
            // A headline is one line of text, however long: Enter moves on instead of breaking it.
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
            className={headlineClass}
          />
        </Field>
        <Field id="dek" label="Summary (dek)" hint="One or two sentences under the headline." errors={errors?.dek}>
          <textarea id="dek" name="dek" rows={2} defaultValue={initial.dek} aria-invalid={!!errors?.dek} className={`${inputClass} [field-sizing:content] min-h-[3.5rem]`} />
        </Field>
        <HeroImageField
          initial={{ url: initial.heroImageUrl, alt: initial.heroImageAlt, caption: initial.heroImageCaption, credit: initial.heroImageCredit }}
          errors={errors}
          onChange={changed}
        />
        <div>
          <p className="flex flex-wrap items-baseline justify-between gap-2 text-sm font-semibold text-neutral-800 dark:text-neutral-200">
            Story <span className="text-xs font-normal text-neutral-700 dark:text-neutral-300">{length}</span>
          </p>
          <RichTextEditor
            initialHtml={initial.body}
            invalid={!!errors?.body}
            describedBy={errors?.body ? 'body-error' : undefined}
            onReady={(text) => setLength(storyLengthLabel(text))}
            onChange={(html, text) => {
              bodyRef.current = html;
              setBody(html);
              setLength(storyLengthLabel(text));
              changed();
            }}
          />
          {errors?.body?.map((m) => (
            <p key={m} id="body-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {m}
            </p>
          ))}
        </div>
      </div>
      <aside className="space-y-6">
        <StorySidePanel id={id} status={status} publishedAt={initial.publishedAt} allowed={allowed} live={live} readerUrl={readerUrl} timeZone={choices.timeZone} errors={errors} />
        <StoryMetaFields initial={initial} choices={choices} errors={errors} onChange={changed} />
        <WireMetaFields initial={wire} errors={errors} timeZone={choices.timeZone} onChange={changed} />
      </aside>
      <StoryBar
        id={id}
        version={version}
        conflict={conflict}
        editors={editors}
        length={length}
        status={<SaveStatus state={save} detail={detail} savedAt={savedAt} />}
        actions={<StoryActions status={status} allowed={allowed} live={live} hasId={id !== null} busy={moving} />}
      />
    </form>
  );
}
