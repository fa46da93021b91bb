import type { FieldErrors } from '@/lib/validation/story';
import { BylinePicker } from './byline-picker';
import { Field, inputClass } from './field';
import { TagPicker } from './tag-picker';
import type { StoryFormChoices, StoryFormInitial } from './story-form-types';

type Props = { initial: StoryFormInitial; choices: StoryFormChoices; errors?: FieldErrors; onChange: () => void };

/** Section, bylines in order, tags, address, source and SEO fields of the story form. */
export function StoryMetaFields({ initial, choices, errors, onChange }: Props) {
  const tagErrors = [...(errors?.tagIds ?? []), ...(errors?.newTags ?? [])];
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

      <BylinePicker authors={choices.authors} initialIds={initial.authorIds} errors={errors?.authorIds} onChange={onChange} />

      <TagPicker initial={initial.tags} errors={tagErrors.length ? tagErrors : undefined} onChange={onChange} />

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
          <input id="seoTitle" name="seoTitle" defaultValue={initial.seoTitle} aria-invalid={!!errors?.seoTitle} className={inputClass} />
        </Field>
        <Field id="seoDescription" label="SEO description" errors={errors?.seoDescription}>
          <textarea id="seoDescription" name="seoDescription" rows={2} defaultValue={initial.seoDescription} aria-invalid={!!errors?.seoDescription} className={inputClass} />
        </Field>
      </fieldset>

      <Field id="correctionNote" label="Note at the end of the story" hint="Shown under the story text, e.g. how it was reported." errors={errors?.correctionNote}>
        <textarea id="correctionNote" name="correctionNote" rows={2} defaultValue={initial.correctionNote} aria-invalid={!!errors?.correctionNote} className={inputClass} />
      </Field>
    </div>
  );
}
