import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n/i18n';
import { languages } from '../../src/i18n/languages';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const english: Record<string, string> = catalogs.en;
const baseKeys = [...new Set(Object.keys(english).map((key) => key.replace(pluralSuffix, '')))];
const isPlural = (base: string) => `${base}_other` in english;

/** The keys a language needs: plain keys, and each plural key in its own Intl categories. */
function keysFor(language: string): string[] {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return baseKeys.flatMap((base) =>
    isPlural(base) ? categories.map((category) => `${base}_${category}`) : [base],
  );
}

// `{{name}}`, or `{{name, format}}` (`{{max, number}}`, `{{country, region}}`): the name
// must match across languages; each language may format it its own way.
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]);

describe.each(languages)('the %s catalogue', (language) => {
  const catalog: Record<string, string | undefined> = catalogs[language];

  it('has a non-empty message for every key and plural form the language needs', () => {
    const missing = keysFor(language).filter((key) => (catalog[key]?.trim() ?? '') === '');
    expect(missing).toEqual([]);
  });

  it('has no key English does not have', () => {
    const unknown = Object.keys(catalog).filter(
      (key) => !(key in english) && !(key.replace(pluralSuffix, '_other') in english),
    );
    expect(unknown).toEqual([]);
  });

  it('uses the same placeholders as English in every message', () => {
    const mismatched = Object.entries(catalog).flatMap(([key, text]) => {
      const source = english[key] ?? english[key.replace(pluralSuffix, '_other')] ?? '';
      const expected = new Set(placeholders(source));
      const actual = new Set(placeholders(text ?? ''));
      const same = expected.size === actual.size && [...expected].every((name) => actual.has(name));
      return same ? [] : [{ key, expected: [...expected], actual: [...actual] }];
    });
    expect(mismatched).toEqual([]);
  });
});
