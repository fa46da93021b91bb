/** Formats UTC instants for readers in the site's time zone. Pure: safe for any component. */

// Building a formatter costs about a tenth of a millisecond (locale data, time zone rules);
// formatting with one is cheap. Kept per style, locale and zone: a handful per site.
const formatters = new Map<string, Intl.DateTimeFormat>();
const STYLES = {
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  dateTime: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  cardDateTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
  time: { hour: '2-digit', minute: '2-digit' },
  dayTime: { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' },
  zoneShort: { timeZoneName: 'short' },
  zoneLong: { timeZoneName: 'long' },
  zoneGeneric: { timeZoneName: 'shortGeneric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
function formatter(style: keyof typeof STYLES, locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${locale} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { timeZone, ...STYLES[style] });
    formatters.set(key, found);
  }
  return found;
}

function zonePart(style: 'zoneShort' | 'zoneLong' | 'zoneGeneric', ms: number, timeZone: string, locale: string): string {
  return formatter(style, locale, timeZone).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

// Intl names a zone by its abbreviation only where the locale's data has one (en-GB knows "BST"
// and "CET" but writes New York as "GMT-5"; en-US knows "EST" but writes Madrid as "GMT+1").
// Readers should see a name, never an offset: abbreviations for the zones Intl leaves as offsets
// in both locales, keyed by the zone's long English name (so daylight saving picks its own).
const ABBREVIATIONS: Record<string, string> = {
  'Greenwich Mean Time': 'GMT',
  'British Summer Time': 'BST',
  'Irish Standard Time': 'IST',
  'Central European Standard Time': 'CET',
  'Central European Summer Time': 'CEST',
  'Western European Standard Time': 'WET',
  'Western European Summer Time': 'WEST',
  'Eastern European Standard Time': 'EET',
  'Eastern European Summer Time': 'EEST',
  'Moscow Standard Time': 'MSK',
  'India Standard Time': 'IST',
  'Japan Standard Time': 'JST',
  'Korean Standard Time': 'KST',
  'China Standard Time': 'CST',
  'Hong Kong Standard Time': 'HKT',
  'Singapore Standard Time': 'SGT',
  'Gulf Standard Time': 'GST',
  'Israel Standard Time': 'IST',
  'Israel Daylight Time': 'IDT',
  'West Africa Time': 'WAT',
  'Central Africa Time': 'CAT',
  'East Africa Time': 'EAT',
  'South Africa Standard Time': 'SAST',
  'Australian Eastern Standard Time': 'AEST',
  'Australian Eastern Daylight Time': 'AEDT',
  'Australian Central Standard Time': 'ACST',
  'Australian Central Daylight Time': 'ACDT',
  'Australian Western Standard Time': 'AWST',
  'New Zealand Standard Time': 'NZST',
  'New Zealand Daylight Time': 'NZDT',
  'Brasilia Standard Time': 'BRT',
  'Argentina Standard Time': 'ART',
  'Peru Standard Time': 'PET',
  'Colombia Standard Time': 'COT',
  'Chile Standard Time': 'CLT',
  'Chile Summer Time': 'CLST',
};

const OFFSET = /^(?:GMT|UTC)[+\-−]/;

/**
 * The zone's short name at the instant `ms`: "GMT", "BST", "EST", "CET", "JST", never an offset
 * such as "GMT-4". Tries the site's locale, then en-US, then the table above, then Intl's generic
 * name ("Nepal Time"); an offset only for a zone none of them names.
 */
export function zoneName(ms: number, timeZone: string, locale = 'en-GB'): string {
  for (const loc of locale === 'en-US' ? [locale] : [locale, 'en-US']) {
    const short = zonePart('zoneShort', ms, timeZone, loc);
    if (!OFFSET.test(short)) return short;
  }
  const known = ABBREVIATIONS[zonePart('zoneLong', ms, timeZone, 'en-US')];
  if (known) return known;
  const generic = zonePart('zoneGeneric', ms, timeZone, locale);
  return OFFSET.test(generic) ? zonePart('zoneShort', ms, timeZone, locale) : generic;
}

/** "28 November 2026 at 14:05 GMT": the full form, for articles and staff screens. */
export function formatDateTime(ms: number, timeZone: string, locale = 'en-GB'): string {
  return `${formatter('dateTime', locale, timeZone).format(new Date(ms))} ${zoneName(ms, timeZone, locale)}`;
}

/** "28 Nov 2026, 14:05 GMT": the short form reader cards show. */
export function formatCardDateTime(ms: number, timeZone: string, locale = 'en-GB'): string {
  return `${formatter('cardDateTime', locale, timeZone).format(new Date(ms))} ${zoneName(ms, timeZone, locale)}`;
}

/** "Fri 15 Jan, 09:05 EST": a moment near today, for the newsroom's time fields. */
export function formatDayTime(ms: number, timeZone: string, locale = 'en-GB'): string {
  return `${formatter('dayTime', locale, timeZone).format(new Date(ms))} ${zoneName(ms, timeZone, locale)}`;
}

/** "14:05 GMT". */
export function formatTime(ms: number, timeZone: string, locale = 'en-GB'): string {
  return `${formatter('time', locale, timeZone).format(new Date(ms))} ${zoneName(ms, timeZone, locale)}`;
}

export function formatDate(ms: number, timeZone: string, locale = 'en-GB'): string {
  return formatter('date', locale, timeZone).format(new Date(ms));
}

export function isoString(ms: number): string {
  return new Date(ms).toISOString();
}
