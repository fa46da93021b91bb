import 'server-only';
import type { WireFieldsInitial } from '@/components/newsroom/wire-fields-types';
import type { StoryWireDesk } from '@/db/queries/wire';
import type { ArticleStatus, WireGenre } from '@/lib/domain';
import { languageTag } from '@/lib/locale-tags';
import type { SiteSettings } from '@/lib/site-settings';
import { toZonedInput } from '@/lib/time-zone';
import { WIRE_DEFAULTS } from '@/lib/validation/wire';
import { wireRights } from '@/lib/wire/snapshot';

type Story = { status: ArticleStatus; publishedAt: number | null; sourceName: string | null };

/** The wire panel's opening values: the story's (null for a new one) over the defaults. */
export function toWireInitial(desk: StoryWireDesk | null, story: Story | null, site: SiteSettings): WireFieldsInitial {
  const w = desk ?? { ...WIRE_DEFAULTS, embargoUntil: null, wireVersion: 0 };
  const rights = wireRights({ copyrightHolder: null, copyrightNotice: null, source: story?.sourceName ? { name: story.sourceName } : null, publishedAt: story?.publishedAt ?? null }, site.name);
  const out = story !== null && (story.status === 'published' || story.status === 'scheduled');
  return {
    slugline: w.slugline,
    urgency: w.urgency,
    dateline: w.dateline,
    language: w.language ?? '',
    siteLanguage: languageTag(site.locale),
    genre: w.genre as WireGenre,
    mediaTopics: w.mediaTopics,
    usageTerms: w.usageTerms,
    copyrightHolder: w.copyrightHolder ?? '',
    copyrightNotice: w.copyrightNotice ?? '',
    defaultHolder: rights.holder,
    defaultNotice: rights.notice,
    ednote: w.ednote,
    embargoAt: w.embargoUntil ? toZonedInput(w.embargoUntil, site.timeZone) : '',
    embargoNote: w.embargoNote,
    embargoLocked: out,
  };
}
