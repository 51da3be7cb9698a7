import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/call/effects';
import type { CallEvent } from '../../src/call/events';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { transition } from '../../src/call/machine';
import { type CallState, initialCallState } from '../../src/call/state';
import { historyLimit, journalKey, openCallJournal } from '../../src/journal/call-journal';
import { type KeyValueStorage, memoryStorage } from '../../src/journal/key-value-storage';

const dial = (n: number, at = n * 100_000): CallEvent => ({
  type: 'dialRequested',
  id: toCallId(`call-${n}`),
  dial: {
    phoneNumber: '+14107934326',
    countryCode: 'US',
    callee: { objectId: 7, objectType: 'CONTACT' },
    context: { phoneNumber: '+14107934326', objectId: 7 },
  },
  number: { kind: 'valid', e164: '+14107934326', display: '+1 410 793 4326' },
  at,
});

/** HubSpot's answer to outgoingCall: the engagement exists. */
const engaged = (id: number): CallEvent => ({
  type: 'engagementCreated',
  engagementId: toEngagementId(id),
  callId: null,
  at: 0,
});

/** A widget's life between two reloads: open the journal, run events, send what it says. */
function session(storage: KeyValueStorage, events: CallEvent[], { sendUpTo = Infinity } = {}) {
  const lost: string[] = [];
  const { journal, restored } = openCallJournal(storage, initialCallState(), (m) => lost.push(m));
  const sent: Effect[] = [];
  const flush = () => {
    for (const entry of journal.pending()) {
      if (sent.length >= sendUpTo) return;
      journal.markSent(entry);
      sent.push(entry.effect);
    }
  };
  flush();
  let state: CallState = restored.state;
  for (const event of events) {
    const next = transition(state, event);
    state = next.state;
    journal.record(state, next.effects);
    flush();
  }
  return { state, sent, restored, lost, journal };
}

describe('openCallJournal: a reload of the iframe', () => {
  it('resumes a handed-off call with the same externalCallId', () => {
    const storage = memoryStorage();
    session(storage, [dial(1)]);
    const { restored } = session(storage, []);
    expect(restored.state.phase).toMatchObject({ status: 'handedOff', call: { id: 'call-1' } });
  });

  it('keeps the answer time, so the timer shows true time after the reload', () => {
    const storage = memoryStorage();
    session(storage, [dial(1), { type: 'calleeAnswered', at: 123_456 }]);
    expect(session(storage, []).restored.state.phase).toMatchObject({
      status: 'connected',
      answeredAt: 123_456,
    });
  });

  it('keeps half-typed notes in wrap-up', () => {
    const storage = memoryStorage();
    session(storage, [
      dial(1),
      { type: 'noAnswer', at: 200_000 },
      { type: 'notesEdited', notes: 'Left a message with the recept' },
    ]);
    expect(session(storage, []).restored.state.phase).toMatchObject({
      status: 'wrapUp',
      notes: 'Left a message with the recept',
    });
  });

  it('sends callEnded and callCompleted exactly once across reloads at every step', () => {
    const events: CallEvent[] = [
      dial(1),
      { type: 'engagementCreated', engagementId: toEngagementId(9), callId: null, at: 0 },
      { type: 'calleeAnswered', at: 110_000 },
      { type: 'hungUp', at: 170_000 },
      { type: 'notesEdited', notes: 'ok' },
      { type: 'callSaved', at: 180_000 },
    ];
    for (let cut = 0; cut <= events.length; cut += 1) {
      const storage = memoryStorage();
      const first = session(storage, events.slice(0, cut));
      const second = session(storage, events.slice(cut));
      const all = [...first.sent, ...second.sent].map((effect) => effect.type);
      expect(all, `reload after ${cut} events`).toEqual([
        'outgoingCall',
        'callAnswered',
        'callEnded',
        'callCompleted',
      ]);
    }
  });

  it('sends after the reload what was decided but not yet sent before it', () => {
    const storage = memoryStorage();
    const first = session(storage, [dial(1), engaged(1), { type: 'callCanceled', at: 101_000 }], {
      sendUpTo: 1,
    });
    expect(first.sent.map((e) => e.type)).toEqual(['outgoingCall']);
    const second = session(storage, []);
    expect(second.restored.pending.map((entry) => entry.effect.type)).toEqual([
      'callEnded',
      'callCompleted',
    ]);
    expect(second.sent.map((e) => e.type)).toEqual(['callEnded', 'callCompleted']);
    expect(session(storage, []).sent).toEqual([]);
  });

  it('never queues the same message for a call twice, even if asked to', () => {
    const storage = memoryStorage();
    const { journal, state } = session(storage, [
      dial(1),
      engaged(1),
      { type: 'callCanceled', at: 1 },
    ]);
    const completed = session(memoryStorage(), [
      dial(1),
      engaged(1),
      { type: 'callCanceled', at: 1 },
    ]).sent;
    journal.record(state, completed);
    expect(journal.pending()).toEqual([]);
  });
});

describe('openCallJournal: history', () => {
  it(`keeps the last ${historyLimit} completed calls, newest first`, () => {
    const storage = memoryStorage();
    const events = Array.from({ length: historyLimit + 5 }, (_, i) => [
      dial(i + 1),
      engaged(i + 1),
      { type: 'callCanceled', at: (i + 1) * 100_000 + 1 } as CallEvent,
    ]).flat();
    const { journal } = session(storage, events);
    expect(journal.history()).toHaveLength(historyLimit);
    expect(journal.history()[0]?.id).toBe(`call-${historyLimit + 5}`);
  });
});

describe('openCallJournal: storage that fails', () => {
  it('sets aside a record it cannot read, and says so', () => {
    const storage = memoryStorage();
    storage.setItem(journalKey, '{"version":1,"state":{"phase":{"status":"flying"}}}');
    const { restored } = session(storage, []);
    expect(restored.state.phase.status).toBe('idle');
    expect(restored.problem).toMatch(/could not be read/);
  });

  it('keeps working in memory when storage is full, and says so once', () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const { sent, lost, state } = session(full, [
      dial(1),
      engaged(1),
      { type: 'noAnswer', at: 100_500 },
      { type: 'callSaved', at: 100_600 },
    ]);
    expect(sent.map((e) => e.type)).toEqual(['outgoingCall', 'callEnded', 'callCompleted']);
    expect(state.phase.status).toBe('idle');
    expect(lost).toHaveLength(1);
  });

  it('starts fresh when reading storage throws', () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(session(blocked, []).restored).toMatchObject({ problem: null, pending: [] });
  });
});
