'use client';

import { useEffect, useRef, useState } from 'react';
import { Combobox } from './combobox';

type Author = { id: number; name: string };
type Props = { authors: Author[]; initialIds: number[]; errors?: string[]; onChange: () => void };

const MAX_BYLINES = 6;
const SHOWN = 8;
const small =
  'rounded border border-neutral-300 px-2 py-0.5 text-xs font-semibold text-neutral-800 hover:bg-neutral-100 disabled:opacity-40 dark:border-neutral-600 dark:text-neutral-100 dark:hover:bg-neutral-800';

/** The story's bylines as one ordered list: search to add, buttons to move up, down or remove. */
export function BylinePicker({ authors, initialIds, errors, onChange }: Props) {
  const byId = new Map(authors.map((a) => [a.id, a]));
  const [ids, setIds] = useState(initialIds);
  const [said, setSaid] = useState('');

  function update(next: number[], message: string) {
    setIds(next);
    setSaid(message);
    onChange();
  }
  // The focus stays with the byline just moved, so it can be moved again from the keyboard: on
  // the button pressed, or on the other one once it reaches an end and that button is disabled.
  const list = useRef<HTMLOListElement>(null);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-move="${focusNext.current}"]`)?.focus();
    focusNext.current = null;
  }, [ids]);
  function move(index: number, by: -1 | 1) {
    const next = [...ids];
    const [id] = next.splice(index, 1);
    const to = index + by;
    next.splice(to, 0, id!);
    const atEnd = by === -1 ? to === 0 : to === next.length - 1;
    focusNext.current = `${id} ${(atEnd ? -by : by) === -1 ? 'up' : 'down'}`;
    update(next, `${nameOf(id!)} moved to position ${to + 1}.`);
  }
  const nameOf = (id: number) => byId.get(id)?.name ?? `Author ${id}`;

  return (
    <fieldset aria-describedby={errors?.length ? 'authorIds-error' : undefined}>
      <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Bylines, in order</legend>
      {ids.length === 0 ? (
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">No byline yet. A story needs at least one before it is published.</p>
      ) : (
        <ol ref={list} className="mt-1 space-y-1">
          {ids.map((id, i) => (
            <li key={id} className="flex items-center gap-2 rounded-md border border-neutral-200 bg-white px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900">
              <input type="hidden" name="authorIds" value={id} />
              <span className="w-5 text-neutral-600 dark:text-neutral-400">{i + 1}.</span>
              <span className="min-w-0 flex-1 truncate font-medium">{nameOf(id)}</span>
              <button type="button" className={small} disabled={i === 0} data-move={`${id} up`} aria-label={`Move ${nameOf(id)} up`} onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" className={small} disabled={i === ids.length - 1} data-move={`${id} down`} aria-label={`Move ${nameOf(id)} down`} onClick={() => move(i, 1)}>
                ↓
              </button>
              <button type="button" className={small} aria-label={`Remove ${nameOf(id)}`} onClick={() => update(ids.filter((x) => x !== id), `${nameOf(id)} removed.`)}>
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="mt-2">
        <Combobox
          id="byline-search"
          label="Add a byline"
          placeholder={ids.length >= MAX_BYLINES ? `At most ${MAX_BYLINES} bylines` : 'Add a byline: type a name'}
          disabled={ids.length >= MAX_BYLINES}
          invalid={!!errors?.length}
          describedBy={errors?.length ? 'authorIds-error' : undefined}
          search={(q) => {
            const needle = q.trim().toLowerCase();
            const matches: Author[] = [];
            for (const a of authors) {
              if (matches.length === SHOWN) break;
              if (!ids.includes(a.id) && a.name.toLowerCase().includes(needle)) matches.push(a);
            }
            return matches.map((a) => ({ key: String(a.id), label: a.name }));
          }}
          onPick={(o) => update([...ids, Number(o.key)], `${o.label} added as byline ${ids.length + 1}.`)}
        />
      </div>
      <p role="status" className="sr-only">
        {said}
      </p>
      {errors?.map((m) => (
        <p key={m} id="authorIds-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {m}
        </p>
      ))}
    </fieldset>
  );
}
