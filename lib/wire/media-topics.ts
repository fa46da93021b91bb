import vocabulary from './media-topics.json';

// IPTC Media Topics (issue 12): the subset of the official vocabulary we ship
// (media-topics.json, qcodes and English labels), the defaults each section brings, and the
// search behind the editor's picker. Pure, so the editor's client component may use it.

export type MediaTopic = { qcode: string; label: string; broader?: string };

export const MEDIA_TOPICS: readonly MediaTopic[] = vocabulary.topics;
export const MEDIA_TOPIC_SCHEME = vocabulary.scheme;

const BY_QCODE = new Map(MEDIA_TOPICS.map((t) => [t.qcode, t]));

export function mediaTopic(qcode: string): MediaTopic | undefined {
  return BY_QCODE.get(qcode);
}

/** A topic's label with its parent's ("politics and government › election"), as the picker lists it. */
export function mediaTopicPath(topic: MediaTopic): string {
  const parent = topic.broader ? BY_QCODE.get(topic.broader) : undefined;
  return parent ? `${parent.label} › ${topic.label}` : topic.label;
}

/** The topics whose label (or its parent's), or qcode, contains every word typed; top-level first. */
export function searchMediaTopics(query: string, limit = 12): MediaTopic[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return MEDIA_TOPICS.slice(0, limit);
  return MEDIA_TOPICS.filter((t) => {
    const hay = `${mediaTopicPath(t)} ${t.qcode}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  }).slice(0, limit);
}

/**
 * The topics a story of each section gets when nobody picks any (by section slug). A section not
 * listed brings none; the desk picks them.
 */
export const SECTION_TOPICS: Readonly<Record<string, readonly string[]>> = {
  world: ['medtop:20000638'],
  politics: ['medtop:11000000'],
  business: ['medtop:04000000'],
  energy: ['medtop:04000000', 'medtop:20000430'],
  technology: ['medtop:13000000', 'medtop:20000756'],
  health: ['medtop:07000000'],
  sport: ['medtop:15000000'],
  science: ['medtop:13000000'],
  culture: ['medtop:01000000'],
  environment: ['medtop:06000000'],
};

/** The story's topics: those picked, or else its section's defaults. */
export function topicsForStory(picked: readonly string[], sectionSlug: string | null): string[] {
  if (picked.length > 0) return [...picked];
  return [...(sectionSlug ? (SECTION_TOPICS[sectionSlug] ?? []) : [])];
}
