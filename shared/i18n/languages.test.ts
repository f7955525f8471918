import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

describe('pickLanguage: the OS language chooses the default', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh-Hans-CN'], 'zh-CN'],
    [['zh_SG'], 'zh-CN'],
    [['zh-TW'], 'zh-TW'],
    [['zh-HK'], 'zh-TW'],
    [['zh-Hant'], 'zh-TW'],
    [['zh-MO'], 'zh-TW'],
    [['fr-FR', 'zh-CN'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ])('%j -> %s', (tags, expected) => {
    expect(pickLanguage(tags)).toBe(expected);
  });
});
