import 'server-only';
import { editorChoices, type EditorStory } from '@/db/queries/stories';
import { tagsByIds } from '@/db/queries/tag-search';
import type { StoryFormAllowed, StoryFormChoices, StoryFormInitial } from '@/components/newsroom/story-form-types';
import { getSiteSettings } from '@/lib/site-settings';
import type { Staff } from '@/lib/auth';
import { can, type StoryResource } from '@/lib/permissions';

export const EMPTY_STORY: Omit<StoryFormInitial, 'authorIds'> = {
  id: null,
  version: 0,
  status: 'draft',
  headline: '',
  dek: '',
  body: '',
  sectionId: null,
  slug: '',
  tags: [],
  heroImageUrl: '',
  heroImageAlt: '',
  heroImageCaption: '',
  heroImageCredit: '',
  sourceName: '',
  sourceUrl: '',
  seoTitle: '',
  seoDescription: '',
  correctionNote: '',
  publishedAt: null,
};

/** The editor's starting values for a stored story (its tags named, for the tag picker). */
export async function toFormInitial(s: EditorStory): Promise<StoryFormInitial> {
  return {
    id: s.id,
    version: s.version,
    status: s.status,
    headline: s.headline,
    dek: s.dek,
    body: s.body,
    sectionId: s.sectionId,
    slug: s.slug,
    tags: await tagsByIds(s.tagIds),
    authorIds: s.authorIds,
    heroImageUrl: s.heroImageUrl ?? '',
    heroImageAlt: s.heroImageAlt,
    heroImageCaption: s.heroImageCaption,
    heroImageCredit: s.heroImageCredit,
    sourceName: s.sourceName ?? '',
    sourceUrl: s.sourceUrl ?? '',
    seoTitle: s.seoTitle ?? '',
    seoDescription: s.seoDescription ?? '',
    correctionNote: s.correctionNote ?? '',
    publishedAt: s.publishedAt,
  };
}

export function allowedFor(actor: Staff, story: StoryResource): StoryFormAllowed {
  return {
    submit: can(actor, 'story:submit', story),
    publish: can(actor, 'story:publish', story),
    schedule: can(actor, 'story:schedule', story),
    unpublish: can(actor, 'story:unpublish', story),
  };
}

/** The editor's pickers and the site's time zone (the zone "Publish at" is typed in). */
export async function formChoices(): Promise<StoryFormChoices> {
  const [choices, site] = await Promise.all([editorChoices(), getSiteSettings()]);
  return { ...choices, timeZone: site.timeZone };
}
