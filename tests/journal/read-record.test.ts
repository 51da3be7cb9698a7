import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { transition } from '../../src/call/machine';
import { type CallState, initialCallState } from '../../src/call/state';
import {
  type JournalContents,
  recordVersion,
  type StoredRecord,
} from '../../src/journal/journal-schema';
import { readRecord, readRecordPhase } from '../../src/journal/read-record';
import { callEventArb, dialOf, run, valid } from '../call/call-events';

const stored = (contents: JournalContents, extra: object = {}): string =>
  JSON.stringify({
    v: recordVersion,
    instance: 'tab-1',
    savedAt: 1,
    releasedAt: null,
    ...contents,
    ...extra,
  } satisfies StoredRecord);

const contentsOf = (state: CallState): JournalContents => ({
  state,
  outbox: [],
  sent: [],
  history: [],
});

/** A call in wrap-up with notes, an earlier call in history and a message still to send. */
function wrapUpWithHistory() {
  const first = run([
    {
      type: 'dialRequested',
      id: toCallId('call-1'),
      dial: dialOf('+14107934326'),
      number: valid('+14107934326'),
      at: 1,
    },
    { type: 'engagementCreated', engagementId: toEngagementId(41), callId: null, at: 2 },
    { type: 'callCanceled', at: 3 },
  ]);
  const second = run(
    [
      {
        type: 'dialRequested',
        id: toCallId('call-2'),
        dial: dialOf('+33123456789'),
        number: valid('+33123456789'),
        at: 10,
      },
      { type: 'engagementCreated', engagementId: toEngagementId(42), callId: null, at: 11 },
      { type: 'calleeAnswered', at: 12 },
      { type: 'hungUp', at: 20 },
      { type: 'outcomeChosen', outcome: 'leftVoicemail' },
      { type: 'notesEdited', notes: 'Call back Friday' },
    ],
    first.state,
  );
  const completed = first.effects.flatMap((effect) =>
    effect.type === 'callCompleted' ? [effect.completion] : [],
  );
  const ended = second.effects.filter((effect) => effect.type === 'callEnded');
  return {
    state: second.state,
    outbox: ended.map((effect) => ({ key: 'call-2:callEnded', effect })),
    sent: [
      'call-1:outgoingCall',
      'call-1:callEnded',
      'call-1:callCompleted',
      'call-2:outgoingCall',
    ],
    history: completed,
  } satisfies JournalContents;
}

describe('readRecord', () => {
  it('reads back every state the call machine reaches, and every effect it decides (300 runs)', () => {
    fc.assert(
      fc.property(fc.array(callEventArb, { maxLength: 40 }), (events) => {
        let state = initialCallState();
        for (const event of events) {
          const next = transition(state, event);
          state = next.state;
          const contents: JournalContents = {
            ...contentsOf(state),
            outbox: next.effects.map((effect, i) => ({ key: String(i), effect })),
          };
          const { record, setAside } = readRecord(stored(contents));
          expect(setAside).toEqual([]);
          expect(record?.contents).toEqual(contents);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('reads a record as it was written, with who wrote it and when', () => {
    const contents = wrapUpWithHistory();
    expect(readRecord(stored(contents, { releasedAt: 7 }))).toEqual({
      record: { contents, instance: 'tab-1', savedAt: 1, releasedAt: 7 },
      setAside: [],
    });
  });

  it('has nothing to read when nothing was stored', () => {
    expect(readRecord(null)).toEqual({ record: null, setAside: [] });
  });
});

describe('readRecord: a part it cannot read costs that part only', () => {
  it('keeps the call in progress, notes included, when a finished call in history has an outcome it does not know', () => {
    const contents = wrapUpWithHistory();
    const raw = JSON.parse(stored(contents));
    raw.history[0].outcome = 'leftMessageWithAssistant';
    const { record, setAside } = readRecord(JSON.stringify(raw));
    expect(record?.contents.state).toEqual(contents.state);
    expect(record?.contents.outbox).toEqual(contents.outbox);
    expect(record?.contents.history).toEqual([]);
    expect(setAside).toEqual([{ piece: 'history', raw: raw.history[0] }]);
  });

  it('keeps a call in wrap-up whose outcome a newer version added, with the outcome to choose again', () => {
    const contents = wrapUpWithHistory();
    const raw = JSON.parse(stored(contents));
    raw.state.phase.outcome = 'leftMessageWithAssistant';
    const { record, setAside } = readRecord(JSON.stringify(raw));
    expect(record?.contents.state.phase).toMatchObject({
      status: 'wrapUp',
      outcome: null,
      notes: 'Call back Friday',
      call: { id: 'call-2', engagement: { id: 42 } },
    });
    expect(setAside).toEqual([]);
  });

  it('sets aside a call in progress it cannot read, and keeps the rest', () => {
    const contents = wrapUpWithHistory();
    const raw = JSON.parse(stored(contents));
    raw.state.phase.endStatus = 'TRANSFERRED';
    const { record, setAside } = readRecord(JSON.stringify(raw));
    expect(record?.contents.state.phase.status).toBe('idle');
    expect(record?.contents.history).toEqual(contents.history);
    expect(record?.contents.sent).toEqual(contents.sent);
    expect(setAside).toEqual([{ piece: 'phase', raw: raw.state.phase }]);
  });

  it.each([
    ['a fraction', 1.5],
    ['zero', 0],
    ['past 2^53', 2 ** 53 + 2],
  ])('sets aside a call whose engagement id is %s: it would log on the wrong record', (_, id) => {
    const contents = wrapUpWithHistory();
    const raw = JSON.parse(stored(contents));
    raw.state.phase.call.engagement.id = id;
    const { record, setAside } = readRecord(JSON.stringify(raw));
    expect(record?.contents.state.phase.status).toBe('idle');
    expect(setAside.map((piece) => piece.piece)).toEqual(['phase']);
  });

  it('sets aside one message it cannot read and keeps the others', () => {
    const contents = wrapUpWithHistory();
    const raw = JSON.parse(stored(contents));
    raw.outbox.push({ key: 'call-2:callTransferred', effect: { type: 'callTransferred' } });
    const { record, setAside } = readRecord(JSON.stringify(raw));
    expect(record?.contents.outbox).toEqual(contents.outbox);
    expect(setAside).toEqual([{ piece: 'outbox', raw: raw.outbox[1] }]);
  });

  it('ignores fields a newer version added', () => {
    const contents = wrapUpWithHistory();
    const raw = JSON.parse(stored(contents, { syncedAt: 5 }));
    raw.state.phase.call.recordingUrl = 'https://example.com/r.mp3';
    raw.state.phase.transcript = 'Hello';
    const { record, setAside } = readRecord(JSON.stringify(raw));
    expect(record?.contents).toEqual(contents);
    expect(setAside).toEqual([]);
  });

  it('sets aside, whole, a record laid out by a newer version it cannot read', () => {
    const raw = JSON.parse(stored(wrapUpWithHistory(), { v: recordVersion + 1 }));
    expect(readRecord(JSON.stringify(raw))).toEqual({
      record: null,
      setAside: [{ piece: 'record', raw }],
    });
  });

  it('sets aside text that is not JSON', () => {
    expect(readRecord('{"v":2,')).toEqual({
      record: null,
      setAside: [{ piece: 'record', raw: '{"v":2,' }],
    });
  });

  it('reads the single journal every instance shared before (handoff.journal.v1)', () => {
    const contents = wrapUpWithHistory();
    const { awaitingAnswers: _, answered: __, ...state } = contents.state;
    const legacy = JSON.stringify({ version: 1, ...contents, state });
    const { record, setAside } = readRecord(legacy);
    expect(setAside).toEqual([]);
    expect(record?.contents.state.phase).toEqual(contents.state.phase);
    expect(record?.contents.history).toEqual(contents.history);
  });
});

describe('readRecordPhase: only the call, for a look before the widget starts', () => {
  it('reads the call as readRecord reads it, for every state the call machine reaches (200 runs)', () => {
    fc.assert(
      fc.property(fc.array(callEventArb, { maxLength: 40 }), (events) => {
        const { state } = run(events);
        const raw = stored({ ...wrapUpWithHistory(), state });
        expect(readRecordPhase(raw)).toEqual(readRecord(raw).record?.contents.state.phase);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('has nothing to read when nothing was stored', () => {
    expect(readRecordPhase(null)).toBeNull();
  });

  it('reads a record without a call as idle, as readRecord does', () => {
    const raw = JSON.stringify({ v: recordVersion, history: [] });
    expect(readRecordPhase(raw)).toEqual({ status: 'idle', lastCall: null });
    expect(readRecordPhase(raw)).toEqual(readRecord(raw).record?.contents.state.phase);
  });

  it.each([
    ['text that is not JSON', '{"v":2,'],
    ['a record a newer version laid out', stored(wrapUpWithHistory(), { v: recordVersion + 1 })],
    [
      'a call it cannot read',
      stored(wrapUpWithHistory(), { state: { phase: { status: 'onTheMoon' } } }),
    ],
  ])('says it could not read %s, where readRecord sets something aside', (_, raw) => {
    expect(readRecordPhase(raw)).toBe('unread');
    expect(readRecord(raw).setAside).not.toEqual([]);
  });
});
