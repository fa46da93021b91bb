'use client';

import { useState } from 'react';
import { Combobox, type ComboOption } from './combobox';

type Tag = { id: number; name: string };
type Props = { initial: Tag[]; errors?: string[]; onChange: () => void };

const MAX_TAGS = 20;

async function findTags(query: string): Promise<Tag[]> {
  if (query.trim() === '') return [];
  try {
    const res = await fetch(`/admin/tags/search?q=${encodeURIComponent(query.trim().slice(0, 60))}`);
    if (!res.ok) return [];
    return ((await res.json()) as { tags: Tag[] }).tags;
  } catch {
    return [];
  }
}

/**
 * The story's tags: a combobox that asks the server as you type (so any number of tags works),
 * chosen tags as removable chips; a name that is no tag yet can be added as a new one, which the
 * save creates if the permission table lets the writer (else it is refused beside this field).
 */
export function TagPicker({ initial, errors, onChange }: Props) {
  const [picked, setPicked] = useState(initial);
  const [fresh, setFresh] = useState<string[]>([]);
  const [said, setSaid] = useState('');
  const count = picked.length + fresh.length;

  function change(message: string) {
    setSaid(message);
    onChange();
  }

  async function search(query: string): Promise<ComboOption[]> {
    const q = query.trim();
    const found = (await findTags(q)).filter((t) => !picked.some((p) => p.id === t.id));
    const options = found.map((t) => ({ key: `id:${t.id}:${t.name}`, label: t.name }));
    const exact = found.some((t) => t.name.toLowerCase() === q.toLowerCase()) || picked.some((t) => t.name.toLowerCase() === q.toLowerCase());
    if (q && !exact && !q.includes(',') && !fresh.some((f) => f.toLowerCase() === q.toLowerCase())) {
      options.push({ key: `new:${q}`, label: `Create tag “${q}”` });
    }
    return options;
  }

  function pick(option: ComboOption) {
    if (option.key.startsWith('new:')) {
      const name = option.key.slice(4);
      setFresh([...fresh, name]);
      change(`New tag ${name} added; it is created when the story is saved.`);
      return;
    }
    const [, id, ...name] = option.key.split(':');
    setPicked([...picked, { id: Number(id), name: name.join(':') }]);
    change(`Tag ${option.label} added.`);
  }

  const describedBy = errors?.length ? 'tags-error' : undefined;
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Tags</legend>
      <input type="hidden" name="newTags" value={fresh.join(', ')} />
      {count > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Chosen tags">
          {picked.map((t) => (
            <li key={t.id} className="flex items-center gap-1 rounded-full border border-neutral-300 bg-white py-0.5 pr-1 pl-3 text-sm dark:border-neutral-600 dark:bg-neutral-900">
              <input type="hidden" name="tagIds" value={t.id} />
              {t.name}
              <RemoveButton name={t.name} onClick={() => (setPicked(picked.filter((p) => p.id !== t.id)), change(`Tag ${t.name} removed.`))} />
            </li>
          ))}
          {fresh.map((name) => (
            <li key={`new-${name}`} className="flex items-center gap-1 rounded-full border border-dashed border-neutral-400 bg-white py-0.5 pr-1 pl-3 text-sm dark:border-neutral-500 dark:bg-neutral-900">
              {name} <span className="text-xs text-neutral-600 dark:text-neutral-400">(new)</span>
              <RemoveButton name={name} onClick={() => (setFresh(fresh.filter((f) => f !== name)), change(`Tag ${name} removed.`))} />
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2">
        <Combobox
          id="tag-search"
          label="Add a tag"
          placeholder={count >= MAX_TAGS ? `At most ${MAX_TAGS} tags` : 'Add a tag: type to search'}
          disabled={count >= MAX_TAGS}
          invalid={!!errors?.length}
          describedBy={describedBy}
          search={search}
          onPick={pick}
        />
      </div>
      <p role="status" className="sr-only">
        {said}
      </p>
      {errors?.map((m) => (
        <p key={m} id="tags-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {m}
        </p>
      ))}
    </fieldset>
  );
}

function RemoveButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <button
      type="button"
      aria-label={`Remove tag ${name}`}
      onClick={onClick}
      className="rounded-full px-1.5 text-xs font-bold text-neutral-700 hover:bg-neutral-200 dark:text-neutral-200 dark:hover:bg-neutral-700"
    >
      ✕
    </button>
  );
}
