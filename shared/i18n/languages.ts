/** The languages the product speaks. The OS language picks one by default (see pickLanguage). */
export const LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Maps OS locale tags to one of our languages: zh-TW, zh-HK, zh-MO and zh-Hant go to Traditional
 * Chinese; every other zh tag to Simplified; anything else to English.
 */
export function pickLanguage(tags: readonly string[]): Language {
  for (const raw of tags) {
    const tag = raw.toLowerCase().replaceAll('_', '-');
    if (!tag.startsWith('zh')) {
      if (tag.startsWith('en')) return 'en';
      continue;
    }
    if (/^zh-(?:tw|hk|mo)\b|hant/u.test(tag)) return 'zh-TW';
    return 'zh-CN';
  }
  return 'en';
}
