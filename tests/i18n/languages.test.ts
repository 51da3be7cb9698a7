import { describe, expect, it } from 'vitest';
import { languageFromBrowser } from '../../src/i18n/languages';

describe('languageFromBrowser', () => {
  it.each([
    [['fr-CA', 'en-US'], 'fr'],
    [['vi'], 'vi'],
    [['ja-JP'], 'ja'],
    [['de-DE', 'ja'], 'ja'],
    [['en-GB', 'fr'], 'en'],
    [['de-DE'], 'en'],
    [[], 'en'],
  ])('picks the first language we speak from %j: %s', (preferred, expected) => {
    expect(languageFromBrowser(preferred)).toBe(expected);
  });
});
