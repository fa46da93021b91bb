'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { saveStoryAction } from '@/app/(newsroom)/admin/stories/actions';
import { bodyLengthError } from '@/lib/request-limits';
import { bodyHasContent } from '@/lib/validation/story';
import type { StoryFormState } from '@/lib/validation/story-state';
import { Field, inputClass } from './field';
import { HeroImageField } from './hero-image-field';
import { RichTextEditor } from './rich-text-editor';
import { SaveStatus, type SaveState } from './save-status';
import { StoryActions } from './story-actions';
import { StoryMetaFields } from './story-meta-fields';
import type { StoryFormAllowed, StoryFormChoices, StoryFormInitial } from './story-form-types';

type Props = {
  initial: StoryFormInitial;
  choices: StoryFormChoices;
  allowed: StoryFormAllowed;
  live: boolean;
  readerUrl: string | null;
  /** What the save that created this story did, carried over the move to the story's own address. */
  flash?: string;
};

const AUTOSAVE_MS = 2500;

/** The story editor form: fields, rich-text body, autosave of drafts and the workflow buttons. */
export function StoryForm({ initial, choices, allowed, live, readerUrl, flash }: Props) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [id, setId] = useState(initial.id);
  const [version, setVersion] = useState(initial.version);
  const [status, setStatus] = useState(initial.status);
  const [body, setBody] = useState(initial.body);
  const [result, setResult] = useState<StoryFormState>({ outcome: 'idle' });
  const [save, setSave] = useState<SaveState>(flash ? 'saved' : 'clean');
  const [detail, setDetail] = useState<string | undefined>(flash && flash !== 'Saved' ? flash : undefined);
  const changes = useRef(0);
  const [tick, setTick] = useState(0);
  const inflight = useRef<Promise<void> | null>(null);
  const idRef = useRef(initial.id);
  const versionRef = useRef(initial.version);
  const bodyRef = useRef(initial.body);
  const stale = result.outcome === 'stale';
  const autosaveOn = (status === 'draft' || status === 'in_review' || status === 'changes_requested') && !stale;

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
    setId(idRef.current);
    setVersion(versionRef.current);
    setStatus(res.storyStatus ?? status);
    setSave(changes.current > startedAt ? 'dirty' : 'saved');
    setDetail(res.message === 'Saved' || res.message === 'Autosaved' ? undefined : res.message);
    if (res.id && wasNew) {
      if (intent === 'autosave') window.history.replaceState(null, '', `/admin/stories/${res.id}`);
      else router.replace(`/admin/stories/${res.id}?done=${intent}`);
    } else if (intent !== 'autosave') {
      router.refresh();
    }
  }

  useEffect(() => {
    if (save !== 'dirty' || !autosaveOn) return;
    // A draft is kept as soon as it has a headline or any text (issue 13), section or not.
    const headline = (formRef.current?.elements.namedItem('headline') as HTMLInputElement | null)?.value ?? '';
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

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value ?? 'save';
    if (intent === 'unpublish' && !window.confirm('Take this story off the reader site?')) return;
    void doSave(intent);
  }

  const errors = result.outcome === 'error' ? result.errors : undefined;
  return (
    <form ref={formRef} onSubmit={onSubmit} onInput={changed} noValidate className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <input type="hidden" name="id" value={id ?? ''} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="body" value={body} />
      <div className="min-w-0 space-y-5">
        <Notice result={result} id={id} version={version} />
        <Field id="headline" label="Headline" errors={errors?.headline}>
          <input
            id="headline"
            name="headline"
            defaultValue={initial.headline}
            aria-invalid={!!errors?.headline}
            className={inputClass.replace('text-sm', 'font-serif text-xl font-bold sm:text-2xl')}
          />
        </Field>
        <Field id="dek" label="Summary (dek)" hint="One or two sentences under the headline." errors={errors?.dek}>
          <textarea id="dek" name="dek" rows={2} defaultValue={initial.dek} aria-invalid={!!errors?.dek} className={inputClass} />
        </Field>
        <div>
          <p className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Story</p>
          <RichTextEditor
            initialHtml={initial.body}
            invalid={!!errors?.body}
            describedBy={errors?.body ? 'body-error' : undefined}
            onChange={(html) => {
              bodyRef.current = html;
              setBody(html);
              changed();
            }}
          />
          {errors?.body?.map((m) => (
            <p key={m} id="body-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
              {m}
            </p>
          ))}
        </div>
        <HeroImageField
          initial={{ url: initial.heroImageUrl, alt: initial.heroImageAlt, caption: initial.heroImageCaption, credit: initial.heroImageCredit }}
          errors={errors}
          onChange={changed}
        />
      </div>
      <aside className="space-y-6">
        <div className="space-y-3 rounded-lg border border-neutral-200 bg-neutral-50 p-4 dark:border-neutral-800 dark:bg-neutral-900">
          <SaveStatus state={save} detail={detail} />
          <StoryActions status={status} allowed={allowed} live={live} errors={errors} hasId={id !== null} publishedAt={initial.publishedAt} timeZone={choices.timeZone} />
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {id !== null && (
              <>
                <Link href={`/admin/stories/${id}/preview`} target="_blank" className="font-semibold text-brand-700 underline dark:text-blue-300">
                  Preview
                </Link>
                <Link href={`/admin/stories/${id}/history`} className="font-semibold text-brand-700 underline dark:text-blue-300">
                  History
                </Link>
              </>
            )}
            {readerUrl && (
              <a href={readerUrl} target="_blank" rel="noreferrer" className="font-semibold text-brand-700 underline dark:text-blue-300">
                View on site
              </a>
            )}
          </p>
        </div>
        <StoryMetaFields initial={initial} choices={choices} errors={errors} />
      </aside>
    </form>
  );
}

function Notice({ result, id, version }: { result: StoryFormState; id: number | null; version: number }) {
  if (result.outcome === 'stale' && result.conflict && id !== null) {
    return (
      <div role="alert" className="rounded-md border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100">
        <p className="font-semibold">This story was changed by someone else. Not saved.</p>
        <p className="mt-1">{result.message}</p>
        <p className="mt-2 flex flex-wrap gap-4 font-semibold">
          <Link href={`/admin/stories/${id}/history?from=${version}&to=${result.conflict.version}`} target="_blank" className="underline">
            Compare with their version
          </Link>
          <Link href={`/admin/stories/${id}`} target="_blank" className="underline">
            Open the current version
          </Link>
        </p>
      </div>
    );
  }
  if (result.outcome === 'error' && result.message) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm font-medium text-red-800 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200">
        {result.message}
      </p>
    );
  }
  return null;
}
