import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callNotesText } from '../../src/simulator/call-notes';

/** What the widget does to the agent's notes before sending them as `hs_call_body`. */
const asWidgetSendsIt = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('\n', '<br>');

describe('callNotesText', () => {
  it('turns <br> into line breaks', () => {
    expect(callNotesText('Called back<br>Wants a quote<br/>Next week<BR />')).toBe(
      'Called back\nWants a quote\nNext week',
    );
  });

  it('decodes the five entities the widget escapes', () => {
    expect(callNotesText('Tom &amp; Jerry &lt;b&gt; &quot;hi&quot; it&#39;s')).toBe(
      'Tom & Jerry <b> "hi" it\'s',
    );
  });

  it('decodes once: an escaped entity stays the text the agent typed', () => {
    expect(callNotesText('&amp;lt;script&amp;gt;')).toBe('&lt;script&gt;');
  });

  it('drops formatting tags instead of showing them', () => {
    expect(callNotesText('<p>First</p><p><b>Second</b></p>')).toBe('First\nSecond');
  });

  it('gives back exactly the text the agent typed, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (typed) => {
        expect(callNotesText(asWidgetSendsIt(typed))).toBe(typed.replace(/\n+$/, ''));
      }),
    );
  });
});
