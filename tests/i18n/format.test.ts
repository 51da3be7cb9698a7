import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration } from '../../src/i18n/format';
import { languages } from '../../src/i18n/languages';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [65_000, '1:05'],
    [3_665_000, '1:01:05'],
    [-5_000, '0:00'],
  ])('shows %i ms as %s in every language', (ms, shown) => {
    for (const language of languages) expect(formatDuration(ms, language)).toBe(shown);
  });
});

describe('formatCount', () => {
  it('groups digits as the language does', () => {
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatCount(12_345, 'fr')).toBe('12\u202f345');
    expect(formatCount(12_345, 'vi')).toBe('12.345');
    expect(formatCount(12_345, 'ja')).toBe('12,345');
  });
});
