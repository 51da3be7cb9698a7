import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage, setLanguage, translate } from '../../src/i18n/i18n';

afterEach(() => setLanguage('en'));

describe('translate', () => {
  it('speaks the chosen language and does not escape what React will escape', () => {
    setLanguage('fr');
    expect(currentLanguage()).toBe('fr');
    expect(translate('incoming.openRecordName', { name: 'Durand & fils' })).toBe(
      'Ouvrir Durand & fils dans HubSpot',
    );
  });

  it('picks the plural form from the count, as Intl.PluralRules does', () => {
    expect(translate('caller.nameless', { count: 1, formatted: '1' })).toMatch(/^1 more entry was/);
    expect(translate('caller.nameless', { count: 2, formatted: '2' })).toMatch(/^2 more entries/);
    setLanguage('fr');
    expect(translate('caller.nameless', { count: 1, formatted: '1' })).toMatch(/^1 autre fiche/);
    setLanguage('ja');
    expect(translate('caller.nameless', { count: 1, formatted: '1' })).toContain('1件');
  });
});
