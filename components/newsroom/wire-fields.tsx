'use client';

import { useState } from 'react';
import { URGENCY_NAMES, WIRE_GENRES } from '@/lib/domain';
import type { FieldErrors } from '@/lib/validation/story';
import { mediaTopic, mediaTopicPath, searchMediaTopics } from '@/lib/wire/media-topics';
import { Field, inputClass } from './field';
import { SiteTimeField, SiteTimeText } from './site-time-field';
import type { WireFieldsInitial } from './wire-fields-types';

// The story form's wire panel (issue 12): what clients receive beside the story. Two parts, where
// a wire editor looks for them: slugline, urgency and dateline above the headline; language, genre,
// Media Topics, rights, the note to client editors and the embargo beside the other metadata.

const URGENCIES = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({ value: n, label: URGENCY_NAMES[n] ? `${n} – ${URGENCY_NAMES[n]}` : String(n) }));
const described = (id: string, errors?: string[]) => (errors?.length ? `${id}-error` : undefined);

/** Slugline, urgency and dateline, in one row above the headline. */
export function WireHeadFields({ initial, errors }: { initial: WireFieldsInitial; errors?: FieldErrors }) {
  return (
    <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,2fr)]">
      {/* The wire panel is on this form: the server takes its fields (a form without it keeps them). */}
      <input type="hidden" name="wireFields" value="1" />
      <Field id="slugline" label="Slugline" hint="Short, one story a day, e.g. VENEZUELA-RUSSIA/" errors={errors?.slugline}>
        <input
          id="slugline"
          name="slugline"
          defaultValue={initial.slugline}
          maxLength={40}
          autoCapitalize="characters"
          aria-invalid={!!errors?.slugline}
          aria-describedby={described('slugline', errors?.slugline)}
          className={`${inputClass} font-mono uppercase`}
        />
      </Field>
      <Field id="urgency" label="Urgency" hint="3 for a normal story" errors={errors?.urgency}>
        <select id="urgency" name="urgency" defaultValue={initial.urgency} aria-invalid={!!errors?.urgency} aria-describedby={described('urgency', errors?.urgency)} className={inputClass}>
          {URGENCIES.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="dateline" label="Dateline (place)" hint="Shown as “CARACAS, Jan 20 (…) –”" errors={errors?.dateline}>
        <input id="dateline" name="dateline" defaultValue={initial.dateline} maxLength={60} aria-invalid={!!errors?.dateline} aria-describedby={described('dateline', errors?.dateline)} className={inputClass} />
      </Field>
    </div>
  );
}

/** A searchable picker over the Media Topics we ship; the picked ones are posted as `mediaTopics`. */
function MediaTopicPicker({ initial, errors, onChange }: { initial: string[]; errors?: string[]; onChange?: () => void }) {
  const [picked, setPicked] = useState(initial);
  const [query, setQuery] = useState('');
  const matches = query.trim() ? searchMediaTopics(query, 8).filter((t) => !picked.includes(t.qcode)) : [];
  const update = (next: string[]) => {
    setPicked(next);
    onChange?.();
  };
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">IPTC Media Topics</legend>
      {picked.map((q) => (
        <input key={q} type="hidden" name="mediaTopics" value={q} />
      ))}
      <ul className="mt-1 flex flex-wrap gap-1" aria-label="Chosen Media Topics">
        {picked.length === 0 && <li className="text-xs text-neutral-600 dark:text-neutral-400">None chosen: the section’s topics go to clients.</li>}
        {picked.map((q) => (
          <li key={q}>
            <button
              type="button"
              onClick={() => update(picked.filter((p) => p !== q))}
              className="rounded-full border border-neutral-300 px-2 py-0.5 text-xs hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
            >
              {mediaTopic(q)?.label ?? q} <span aria-hidden="true">×</span>
              <span className="sr-only"> (remove)</span>
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor="media-topic-search" className="mt-2 block text-xs font-semibold text-neutral-700 dark:text-neutral-300">
        Find a topic
      </label>
      <input id="media-topic-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. election" className={inputClass} />
      {matches.length > 0 && (
        <ul className="mt-1 space-y-1" aria-label="Matching Media Topics">
          {matches.map((t) => (
            <li key={t.qcode}>
              <button
                type="button"
                onClick={() => {
                  update([...picked, t.qcode]);
                  setQuery('');
                }}
                className="w-full rounded-md px-2 py-1 text-left text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
              >
                {mediaTopicPath(t)} <span className="font-mono text-xs text-neutral-600 dark:text-neutral-400">{t.qcode}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {errors?.map((m) => (
        <p key={m} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
          {m}
        </p>
      ))}
    </fieldset>
  );
}

/** Language, genre, Media Topics, rights, the note to client editors and the embargo. */
export function WireMetaFields({ initial, errors, timeZone, onChange }: { initial: WireFieldsInitial; errors?: FieldErrors; timeZone: string; onChange?: () => void }) {
  return (
    <fieldset className="space-y-5 rounded-lg border border-neutral-200 p-4 dark:border-neutral-800">
      <legend className="px-1 font-serif text-lg font-bold">Wire</legend>
      <Field id="language" label="Language" hint={`BCP 47, e.g. es or pt-BR. Empty: the site’s (${initial.siteLanguage}).`} errors={errors?.language}>
        <input id="language" name="language" defaultValue={initial.language} maxLength={35} aria-invalid={!!errors?.language} aria-describedby={described('language', errors?.language)} className={inputClass} />
      </Field>
      <Field id="genre" label="Genre" errors={errors?.genre}>
        <select id="genre" name="genre" defaultValue={initial.genre} aria-invalid={!!errors?.genre} className={inputClass}>
          {WIRE_GENRES.map((g) => (
            <option key={g} value={g}>
              {g.charAt(0).toUpperCase() + g.slice(1)}
            </option>
          ))}
        </select>
      </Field>
      <MediaTopicPicker initial={initial.mediaTopics} errors={errors?.mediaTopics} onChange={onChange} />
      <Field id="copyrightHolder" label="Copyright holder" hint={`Empty: ${initial.defaultHolder}`} errors={errors?.copyrightHolder}>
        <input id="copyrightHolder" name="copyrightHolder" defaultValue={initial.copyrightHolder} maxLength={200} aria-invalid={!!errors?.copyrightHolder} className={inputClass} />
      </Field>
      <Field id="copyrightNotice" label="Copyright notice" hint={`Empty: “${initial.defaultNotice}”`} errors={errors?.copyrightNotice}>
        <input id="copyrightNotice" name="copyrightNotice" defaultValue={initial.copyrightNotice} maxLength={300} aria-invalid={!!errors?.copyrightNotice} className={inputClass} />
      </Field>
      <Field id="usageTerms" label="Usage terms" hint="e.g. No archiving. Not for use in Venezuela." errors={errors?.usageTerms}>
        <textarea id="usageTerms" name="usageTerms" rows={2} defaultValue={initial.usageTerms} aria-invalid={!!errors?.usageTerms} className={inputClass} />
      </Field>
      <Field id="ednote" label="Note to client editors" hint="Clients only: never shown on our site, feeds or structured data." errors={errors?.ednote}>
        <textarea id="ednote" name="ednote" rows={2} defaultValue={initial.ednote} aria-invalid={!!errors?.ednote} aria-describedby={described('ednote', errors?.ednote)} className={inputClass} />
      </Field>
      {initial.embargoLocked ? (
        <p className="text-sm">
          <input type="hidden" name="embargoNote" value={initial.embargoNote} />
          {initial.embargoAt ? (
            <>
              Embargoed until <SiteTimeText value={initial.embargoAt} timeZone={timeZone} />. To lift it early, use the wire desk below.
            </>
          ) : (
            'No embargo.'
          )}
        </p>
      ) : (
        <>
          <SiteTimeField id="embargoAt" label="Embargo until" timeZone={timeZone} initialValue={initial.embargoAt} hint="Clients get it at once; readers at this time. Empty: no embargo." errors={errors?.embargoAt} />
          <Field id="embargoNote" label="Embargo note" hint="Optional, e.g. Not before the minister’s speech." errors={errors?.embargoNote}>
            <input id="embargoNote" name="embargoNote" defaultValue={initial.embargoNote} maxLength={300} className={inputClass} />
          </Field>
        </>
      )}
    </fieldset>
  );
}
