import { describe, expect, it } from 'vitest';
import type { Effect } from '../../src/call/effects';
import type { CallEvent } from '../../src/call/events';
import { toCallId, toEngagementId } from '../../src/call/ids';
import { transition } from '../../src/call/machine';
import { type CallState, initialCallState } from '../../src/call/state';
import {
  historyLimit,
  legacyJournalKey,
  noCallStored,
  openCallJournal,
  outboxKey,
  recordKey,
  type StorageProblem,
  setAsideKeyPrefix,
} from '../../src/journal/call-journal';
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
  const lost: StorageProblem[] = [];
  const { journal, restored } = openCallJournal(storage, initialCallState(), (m) => lost.push(m));
  const sent: Effect[] = [];
  const flush = () => {
    for (const entry of journal.pending()) {
      if (sent.length >= sendUpTo) return;
      if (journal.markSent(entry) === false) continue;
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

describe('openCallJournal: what it could not read', () => {
  it('sets aside a call it cannot read under a key of its own, says so, and keeps it there', () => {
    const storage = memoryStorage();
    const damaged =
      '{"v":2,"state":{"phase":{"status":"flying"}},"outbox":[],"sent":[],"history":[]}';
    storage.setItem(recordKey('sole'), damaged);
    const first = session(storage, []);
    expect(first.restored.state.phase.status).toBe('idle');
    expect(first.restored.problem).toBe('setAside');
    const keptKeys = () =>
      (storage.keys?.() ?? []).filter((key) => key.startsWith(setAsideKeyPrefix));
    expect(keptKeys()).toHaveLength(1);
    const [kept] = keptKeys();
    expect(JSON.parse(storage.getItem(kept ?? '') ?? 'null')).toMatchObject({
      piece: 'phase',
      raw: { status: 'flying' },
    });
    // The next writes, and the next reload, leave it where it is.
    session(storage, [dial(1)]);
    expect(keptKeys()).toEqual([kept]);
    expect(session(storage, []).restored.problem).toBeNull();
  });

  it('takes over the journal every instance shared before, once', () => {
    const storage = memoryStorage();
    const old = memoryStorage();
    session(old, [dial(1), engaged(1), { type: 'noAnswer', at: 100_500 }]);
    const { outbox, sent, history, state } = JSON.parse(old.getItem(recordKey('sole')) ?? '{}');
    storage.setItem(legacyJournalKey, JSON.stringify({ version: 1, state, outbox, sent, history }));
    const resumed = session(storage, [{ type: 'callSaved', at: 100_600 }]);
    expect(resumed.restored.state.phase).toMatchObject({
      status: 'wrapUp',
      call: { id: 'call-1' },
    });
    expect(resumed.sent.map((effect) => effect.type)).toEqual(['callCompleted']);
    expect(storage.getItem(legacyJournalKey)).toBeNull();
    expect(session(storage, []).restored.state.phase.status).toBe('idle');
  });
});

describe('noCallStored: whether any record holds a call, before the widget starts', () => {
  it('is true with nothing stored', () => {
    expect(noCallStored(memoryStorage())).toBe(true);
  });

  it('is true once every call is finished, history and all', () => {
    const storage = memoryStorage();
    session(storage, [dial(1), engaged(1), { type: 'callCanceled', at: 100_001 }]);
    expect(storage.getItem(recordKey('sole'))).toContain('call-1');
    expect(noCallStored(storage)).toBe(true);
  });

  it('is false while a call is live in any instance’s record', () => {
    const storage = memoryStorage();
    session(storage, [dial(1), engaged(1)]);
    storage.setItem(recordKey('another-tab'), storage.getItem(recordKey('sole')) ?? '');
    storage.removeItem(recordKey('sole'));
    expect(noCallStored(storage)).toBe(false);
  });

  it('is false while the journal every instance shared before holds a call', () => {
    const old = memoryStorage();
    session(old, [dial(1), engaged(1), { type: 'noAnswer', at: 100_500 }]);
    const storage = memoryStorage();
    storage.setItem(legacyJournalKey, old.getItem(recordKey('sole')) ?? '');
    expect(noCallStored(storage)).toBe(false);
  });

  it('is false when a record cannot be read: it may hold one', () => {
    const storage = memoryStorage();
    storage.setItem(recordKey('sole'), '{"v":2,"state":{"phase":{"status":"flying"}}}');
    expect(noCallStored(storage)).toBe(false);
  });

  it('is false when the storage cannot list its keys or read one', () => {
    const unlisted = memoryStorage();
    expect(noCallStored({ ...unlisted, keys: undefined })).toBe(false);
    const refusing = memoryStorage();
    refusing.setItem(recordKey('sole'), '{"v":2}');
    expect(noCallStored(refusing)).toBe(true);
    expect(
      noCallStored({
        ...refusing,
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    ).toBe(false);
  });
});

/**
 * A storage that refuses every write after the first `writes` (a full disk, a quota);
 * `erasable` says whether removing a key still works then.
 */
function refusingAfter(base: KeyValueStorage, writes: number, erasable: boolean): KeyValueStorage {
  let left = writes;
  return {
    getItem: (key) => base.getItem(key),
    keys: () => base.keys?.() ?? [],
    setItem: (key, value) => {
      if (left <= 0) throw new DOMException('quota', 'QuotaExceededError');
      left -= 1;
      base.setItem(key, value);
    },
    removeItem: (key) => {
      if (!erasable) throw new DOMException('denied', 'SecurityError');
      base.removeItem(key);
    },
  };
}

describe('openCallJournal: storage that fails in the middle of a call', () => {
  const oneCall: CallEvent[] = [
    dial(1),
    engaged(1),
    { type: 'calleeAnswered', at: 110_000 },
    { type: 'hungUp', at: 170_000 },
    { type: 'notesEdited', notes: 'ok' },
    { type: 'callSaved', at: 180_000 },
  ];
  const twoCalls: CallEvent[] = [
    ...oneCall,
    dial(2),
    engaged(2),
    { type: 'noAnswer', at: 210_000 },
    { type: 'callSaved', at: 211_000 },
  ];
  /** How many writes a whole run makes when storage never fails. */
  const writesFor = (events: CallEvent[]) => {
    let count = 0;
    const base = memoryStorage();
    const counting: KeyValueStorage = {
      ...base,
      setItem: (key, value) => {
        count += 1;
        base.setItem(key, value);
      },
    };
    session(counting, events);
    return count;
  };

  /**
   * Storage refuses after `failAt` writes; the page reloads after `cut` events and the rest
   * run on storage that works again. Nothing may reach HubSpot twice, and a call HubSpot
   * was told is finished never comes back.
   */
  function failThenReload(events: CallEvent[], failAt: number, cut: number, erasable: boolean) {
    const base = memoryStorage();
    const first = session(refusingAfter(base, failAt, erasable), events.slice(0, cut));
    const second = session(base, events.slice(cut));
    const third = session(base, []);
    const keys = [...first.sent, ...second.sent, ...third.sent].map(outboxKey);
    expect(new Set(keys).size, `sent ${keys.join(', ')}`).toBe(keys.length);
    const finished = first.sent.flatMap((effect) =>
      effect.type === 'callCompleted' ? [effect.completion.id] : [],
    );
    const { phase } = second.restored.state;
    if (phase.status !== 'idle' && phase.status !== 'numberNeeded' && phase.status !== 'recalled') {
      expect(finished).not.toContain(phase.call.id);
    }
    return { first, second };
  }

  for (const [name, events] of [
    ['a whole call', oneCall],
    ['two calls', twoCalls],
  ] as const) {
    it(`never sends a message twice nor brings back a finished call, whichever write fails, over ${name}`, () => {
      const writes = writesFor(events);
      expect(writes).toBeGreaterThan(events.length);
      for (let failAt = 0; failAt <= writes; failAt += 1) {
        for (let cut = 0; cut <= events.length; cut += 1) {
          failThenReload(events, failAt, cut, true);
          failThenReload(events, failAt, cut, false);
        }
      }
    });
  }

  it('goes on in memory when the stored copy could be erased, and says so once', () => {
    const { first } = failThenReload(oneCall, 3, oneCall.length, true);
    expect(first.lost).toEqual(['inMemory']);
    expect(first.sent.map((effect) => effect.type)).toEqual([
      'outgoingCall',
      'callAnswered',
      'callEnded',
      'callCompleted',
    ]);
  });

  it('sends nothing more when the stored copy could not be erased: the reload takes up the call from there', () => {
    const { first, second } = failThenReload(oneCall, 3, 3, false);
    expect(first.lost).toEqual(['blocked']);
    // Answered on the phone, but HubSpot was never told: the stored copy still says handed off.
    expect(first.sent.map((effect) => effect.type)).toEqual(['outgoingCall']);
    expect(second.restored.state.phase).toMatchObject({
      status: 'handedOff',
      call: { id: 'call-1' },
    });
  });

  it('keeps working in memory when storage is full from the start, and says so once', () => {
    const full = refusingAfter(memoryStorage(), 0, true);
    const { sent, lost, state } = session(full, [
      dial(1),
      engaged(1),
      { type: 'noAnswer', at: 100_500 },
      { type: 'callSaved', at: 100_600 },
    ]);
    expect(sent.map((e) => e.type)).toEqual(['outgoingCall', 'callEnded', 'callCompleted']);
    expect(state.phase.status).toBe('idle');
    expect(lost).toEqual(['inMemory']);
  });

  it('starts fresh when reading storage throws', () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const { restored, sent } = session(blocked, []);
    expect(restored).toMatchObject({ problem: null, state: { phase: { status: 'idle' } } });
    expect(sent).toEqual([]);
  });
});
