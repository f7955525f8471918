import { describe, expect, it } from 'vitest';
import { FIX_IDS } from './catalog-ids';
import { fixTitleKey } from './fix-text';
import { translate } from '../i18n/translate';

describe('fixTitleKey', () => {
  it.each(FIX_IDS)('%s has a title in every language', (id) => {
    for (const lang of ['en', 'zh-CN', 'zh-TW'] as const) {
      const title = translate(lang, fixTitleKey(id));
      expect(title, `${lang} ${id}`).not.toBe(fixTitleKey(id));
      expect(title.length).toBeGreaterThan(3);
    }
  });
});
