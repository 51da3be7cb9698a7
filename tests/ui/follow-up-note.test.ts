import { describe, expect, it } from 'vitest';
import { translateIn } from '../../src/i18n/i18n';
import type { Language } from '../../src/i18n/languages';
import { followUpNote } from '../../src/ui/follow-up-note';

const inLanguage =
  (language: Language): Parameters<typeof followUpNote>[0] =>
  (key, values) =>
    translateIn(language, key, values);

describe('followUpNote', () => {
  it('records the text that was sent', () => {
    expect(followUpNote(inLanguage('en'), 'Hi Emily, call me back', [])).toBe(
      'Follow-up text sent: Hi Emily, call me back',
    );
  });

  it('lists the attached files', () => {
    expect(
      followUpNote(inLanguage('en'), 'Our brochure', [
        'https://example.com/brochure.pdf',
        'https://example.com/map.png',
      ]),
    ).toBe(
      'Follow-up text sent: Our brochure\nAttachments: https://example.com/brochure.pdf, https://example.com/map.png',
    );
  });

  it('records a text that only carried files', () => {
    expect(followUpNote(inLanguage('en'), '', ['https://example.com/a.pdf'])).toBe(
      'Follow-up text sent.\nAttachments: https://example.com/a.pdf',
    );
  });

  it('writes the line in the agent’s language, the text as it was sent', () => {
    expect(followUpNote(inLanguage('fr'), 'Bonjour {{name}} & <b>', ['https://x.fr/a.pdf'])).toBe(
      'SMS de suivi envoyé : Bonjour {{name}} & <b>\nPièces jointes : https://x.fr/a.pdf',
    );
    expect(followUpNote(inLanguage('ja'), 'こんにちは', [])).toBe(
      'フォローアップのSMSを送信しました：こんにちは',
    );
  });
});
