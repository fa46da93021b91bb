import type { FieldErrors } from '@/lib/validation/story';
import { Field, inputClass } from './field';
import type { StoryFormChoices, StoryFormInitial } from './story-form-types';

const MAX_BYLINES = 4;

/** Section, bylines in order, tags, address, source and SEO fields of the story form. */
export function StoryMetaFields({ initial, choices, errors }: { initial: StoryFormInitial; choices: StoryFormChoices; errors?: FieldErrors }) {
  return (
    <div className="space-y-5">
      <Field id="sectionId" label="Section" errors={errors?.sectionId}>
        <select id="sectionId" name="sectionId" defaultValue={initial.sectionId ?? ''} aria-invalid={!!errors?.sectionId} className={inputClass}>
          <option value="">Choose a section</option>
          {choices.sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>

      <fieldset>
        <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Bylines, in order</legend>
        {Array.from({ length: MAX_BYLINES }, (_, i) => (
          <div key={i} className="mt-1">
            <label htmlFor={`author-${i}`} className="sr-only">
              Byline {i + 1}
            </label>
            <select id={`author-${i}`} name="authorIds" defaultValue={initial.authorIds[i] ?? ''} className={inputClass}>
              <option value="">{i === 0 ? 'No byline' : '—'}</option>
              {choices.authors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        {errors?.authorIds?.map((m) => (
          <p key={m} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {m}
          </p>
        ))}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Tags</legend>
        <div className="mt-1 max-h-40 space-y-1 overflow-y-auto rounded-md border border-neutral-300 bg-white p-2 dark:border-neutral-700 dark:bg-neutral-900">
          {choices.tags.map((t) => (
            <label key={t.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="tagIds" value={t.id} defaultChecked={initial.tagIds.includes(t.id)} />
              {t.name}
            </label>
          ))}
        </div>
        {errors?.tagIds?.map((m) => (
          <p key={m} className="mt-1 text-sm font-medium text-red-700 dark:text-red-400">
            {m}
          </p>
        ))}
        <Field id="newTags" label="New tags" hint="Comma-separated; created on save." errors={errors?.newTags} className="mt-2">
          <input id="newTags" name="newTags" className={inputClass} />
        </Field>
      </fieldset>

      <Field id="slug" label="Address (slug)" hint="Leave empty to make one from the headline." errors={errors?.slug}>
        <input id="slug" name="slug" defaultValue={initial.slug} aria-invalid={!!errors?.slug} className={inputClass} />
      </Field>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Source</legend>
        <Field id="sourceName" label="Source name" errors={errors?.sourceName}>
          <input id="sourceName" name="sourceName" defaultValue={initial.sourceName} aria-invalid={!!errors?.sourceName} className={inputClass} />
        </Field>
        <Field id="sourceUrl" label="Source link" errors={errors?.sourceUrl}>
          <input id="sourceUrl" name="sourceUrl" type="url" defaultValue={initial.sourceUrl} aria-invalid={!!errors?.sourceUrl} className={inputClass} />
        </Field>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-neutral-800 dark:text-neutral-200">Search engines</legend>
        <Field id="seoTitle" label="SEO title" errors={errors?.seoTitle}>
          <input id="seoTitle" name="seoTitle" defaultValue={initial.seoTitle} className={inputClass} />
        </Field>
        <Field id="seoDescription" label="SEO description" errors={errors?.seoDescription}>
          <textarea id="seoDescription" name="seoDescription" rows={2} defaultValue={initial.seoDescription} className={inputClass} />
        </Field>
      </fieldset>

      <Field id="correctionNote" label="Note at the end of the story" hint="Shown under the story text, e.g. how it was reported." errors={errors?.correctionNote}>
        <textarea id="correctionNote" name="correctionNote" rows={2} defaultValue={initial.correctionNote} className={inputClass} />
      </Field>
    </div>
  );
}
