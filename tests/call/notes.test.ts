import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callBodyLimit, notesForLog, withoutBidiControls } from '../../src/call/notes';
import { notesToHtml } from '../../src/hubspot/engagement';

describe('withoutBidiControls', () => {
  it('takes out the embeddings, overrides and isolates that reverse text on the timeline', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(withoutBidiControls(`paid ${controls}in full`)).toBe('paid in full');
  });

  it('keeps right-to-left letters and the implicit marks', () => {
    expect(withoutBidiControls('שלום \u200E ok \u200F')).toBe('שלום \u200E ok \u200F');
  });
});

describe('notesForLog', () => {
  it('logs short notes whole', () => {
    expect(notesForLog('Call back Tuesday')).toEqual({
      logged: 'Call back Tuesday',
      over: '',
      used: 17,
    });
  });

  it('keeps what is over the 65,536 characters of hs_call_body out of the log', () => {
    const notes = `${'a'.repeat(66_000)}TAIL`;
    const { logged, over, used } = notesForLog(notes);
    expect(logged).toBe('a'.repeat(callBodyLimit));
    expect(over).toBe(`${'a'.repeat(66_000 - callBodyLimit)}TAIL`);
    expect(used).toBe(callBodyLimit);
  });

  it('counts the notes as HubSpot stores them: escapes and line breaks take more room', () => {
    expect(notesForLog('a & b\nc').used).toBe(notesToHtml('a & b\nc').length);
  });

  it('never cuts a character or a line break in two', () => {
    const { logged, over } = notesForLog(`${'a'.repeat(callBodyLimit - 1)}😀\r\nz`);
    expect(logged).toBe('a'.repeat(callBodyLimit - 1));
    expect(over).toBe('😀\r\nz');
  });

  it('logs at most what hs_call_body holds, and loses nothing else', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '&', '<', '"', "'", '\n', '\r\n', 'é', '😀') }),
        fc.integer({ min: 0, max: 70_000 }),
        (piece, padding) => {
          const notes = 'x'.repeat(padding) + piece;
          const { logged, over, used } = notesForLog(notes);
          expect(notesToHtml(logged).length).toBe(used);
          expect(used).toBeLessThanOrEqual(callBodyLimit);
          expect(logged + over).toBe(notes);
        },
      ),
      { numRuns: 60 },
    );
  });
});
