/**
 * The site has one language setting (site settings' `locale`, a BCP 47 tag such as en-GB). Each
 * consumer wants it spelled its own way; these derive every spelling from that one value, so
 * `<html lang>`, the feeds, og:locale and the news sitemap cannot disagree.
 */

/** `<html lang>`, RSS `<language>`, JSON-LD `inLanguage`: the canonical BCP 47 tag itself. */
export function languageTag(locale: string): string {
  return Intl.getCanonicalLocales(locale)[0] ?? 'en';
}

/** Open Graph's `language_TERRITORY` (en_GB); a tag without a region gets its likeliest one (fr: fr_FR). */
export function ogLocale(locale: string): string {
  const tag = new Intl.Locale(languageTag(locale)).maximize();
  return tag.region ? `${tag.language}_${tag.region}` : tag.language;
}

/** Google News sitemaps take an ISO 639 code, except Chinese, which names its script as zh-cn or zh-tw. */
export function newsLanguage(locale: string): string {
  const tag = new Intl.Locale(languageTag(locale)).maximize();
  if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh-tw' : 'zh-cn';
  return tag.language;
}
