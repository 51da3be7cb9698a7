import { describe, expect, it } from 'vitest';
import { followUpTextNote } from '../../src/widget/follow-up-note';

describe('followUpTextNote', () => {
  it('records the text that was sent', () => {
    expect(followUpTextNote('Hi Emily, call me back', [])).toBe(
      'Follow-up text sent: Hi Emily, call me back',
    );
  });

  it('lists the attached files', () => {
    expect(
      followUpTextNote('Our brochure', [
        'https://example.com/brochure.pdf',
        'https://example.com/map.png',
      ]),
    ).toBe(
      'Follow-up text sent: Our brochure\nAttachments: https://example.com/brochure.pdf, https://example.com/map.png',
    );
  });

  it('records a text that only carried files', () => {
    expect(followUpTextNote('', ['https://example.com/a.pdf'])).toBe(
      'Follow-up text sent.\nAttachments: https://example.com/a.pdf',
    );
  });
});
