'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { inputClass } from './field';

export type ComboOption = { key: string; label: string };

type Props = {
  id: string;
  label: string;
  placeholder?: string;
  /** The options for what is typed (at most a screenful: the caller searches, nothing renders every choice). */
  search: (query: string) => ComboOption[] | Promise<ComboOption[]>;
  onPick: (option: ComboOption) => void;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
};

/**
 * A searchable combobox (WAI-ARIA 1.2 pattern, list autocomplete): type to search, arrows to move,
 * Enter to pick, Escape to close. It never posts a value itself; the picker around it keeps the
 * chosen items as hidden inputs.
 */
export function Combobox({ id, label, placeholder, search, onPick, invalid, describedBy, disabled }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<ComboOption[]>([]);
  const [active, setActive] = useState(0);
  const listId = useId();
  const asked = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++asked.current;
    // A short pause lets fast typing send one search, not one per key.
    const timer = setTimeout(() => {
      void (async () => {
        const found = await search(query);
        if (ticket !== asked.current) return;
        setOptions(found);
        setActive(0);
      })();
    }, 120);
    return () => clearTimeout(timer);
    // `search` changes identity with every render of the picker; the query is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, open]);

  function pick(option: ComboOption | undefined) {
    if (!option) return;
    onPick(option);
    setQuery('');
    setOptions([]);
    setOpen(false);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (options.length === 0 ? 0 : (a + step + options.length) % options.length));
    } else if (e.key === 'Enter') {
      // Enter picks; it never sends the story form.
      e.preventDefault();
      if (open) pick(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  const showList = open && options.length > 0;
  return (
    <div className="relative">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        disabled={disabled}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onInput={(e) => e.stopPropagation()}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className={inputClass}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!showList}
        className="absolute z-30 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-neutral-300 bg-white py-1 text-sm shadow-lg dark:border-neutral-600 dark:bg-neutral-900"
      >
        {options.map((o, i) => (
          <li
            key={o.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // Picking with the mouse keeps the focus in the input.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(o)}
            className={`cursor-pointer px-3 py-1.5 ${i === active ? 'bg-brand-700 text-white dark:bg-brand-600' : 'text-neutral-900 hover:bg-neutral-100 dark:text-neutral-100 dark:hover:bg-neutral-800'}`}
          >
            {o.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
