import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { transition } from '../../src/call/machine';
import { type CallState, initialCallState } from '../../src/call/state';
import { type JournalRecord, parseJournal } from '../../src/journal/journal-schema';
import { callEventArb, dialOf, run, valid } from '../call/call-events';

const recordOf = (state: CallState, history: JournalRecord['history'] = []): JournalRecord => ({
  version: 1,
  state,
  outbox: [],
  sent: [],
  history,
});

describe('parseJournal', () => {
  it('reads back every state the call machine reaches, and every effect it decides (1000 runs)', () => {
    fc.assert(
      fc.property(fc.array(callEventArb, { maxLength: 40 }), (events) => {
        let state = initialCallState();
        for (const event of events) {
          const next = transition(state, event);
          state = next.state;
          const record: JournalRecord = {
            ...recordOf(state),
            outbox: next.effects.map((effect, i) => ({ key: String(i), effect })),
          };
          expect(parseJournal(JSON.stringify(record))).toEqual(record);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a fraction', 1.5],
    ['zero', 0],
    ['past 2^53', 2 ** 53 + 2],
  ])('refuses a stored engagement id that is %s: it would log on the wrong record', (_, id) => {
    const { state } = run([
      {
        type: 'dialRequested',
        id: toCallId('call-1'),
        dial: dialOf('+14107934326'),
        number: valid('+14107934326'),
        at: 1,
      },
      { type: 'engagementCreated', engagementId: toEngagementId(42), callId: null, at: 2 },
    ]);
    const stored = JSON.stringify(recordOf(state)).replace('"id":42', `"id":${id}`);
    expect(stored).toContain(`"id":${id}`);
    expect(parseJournal(stored)).toBeNull();
  });
});
