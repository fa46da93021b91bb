import { describe, expect, it } from 'vitest';
import { languageTag, newsLanguage, ogLocale } from './locale-tags';

describe('one language setting, every spelling', () => {
  it.each([
    ['en-GB', 'en-GB', 'en_GB', 'en'],
    ['en-gb', 'en-GB', 'en_GB', 'en'],
    ['es-ES', 'es-ES', 'es_ES', 'es'],
    ['fr', 'fr', 'fr_FR', 'fr'],
    ['pt-BR', 'pt-BR', 'pt_BR', 'pt'],
    ['zh-TW', 'zh-TW', 'zh_TW', 'zh-tw'],
    ['zh-Hans', 'zh-Hans', 'zh_CN', 'zh-cn'],
  ])('%s: lang %s, og:locale %s, news %s', (setting, lang, og, news) => {
    expect(languageTag(setting)).toBe(lang);
    expect(ogLocale(setting)).toBe(og);
    expect(newsLanguage(setting)).toBe(news);
  });
});
