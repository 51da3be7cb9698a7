import type { CallCompletion } from '../call/completion';
import type { Effect } from '../call/effects';
import type { CallState } from '../call/state';
import { type JournalRecord, type OutboxEntry, parseJournal } from './journal-schema';
import type { KeyValueStorage } from './key-value-storage';

export const journalKey = 'handoff.journal.v1';
export const historyLimit = 50;
/** Sent markers are kept a while longer than history, so a late duplicate is still caught. */
const sentLimit = historyLimit * 8;

/** One key per call and message: each of these goes to HubSpot at most once per call. */
export function outboxKey(effect: Effect): string {
  const id =
    effect.type === 'outgoingCall' || effect.type === 'incomingCall'
      ? effect.call.id
      : effect.type === 'callCompleted'
        ? effect.completion.id
        : effect.id;
  return `${id}:${effect.type}`;
}

export interface RestoredJournal {
  /** The call state to resume, or the fresh state given when nothing was saved. */
  state: CallState;
  /** Effects that were decided but not yet sent when the page went away. */
  pending: OutboxEntry[];
  problem: string | null;
}

export interface CallJournal {
  /** Persists the new state and queues its effects; returns what is now waiting to be sent. */
  record(state: CallState, effects: Effect[]): OutboxEntry[];
  /**
   * Marks an effect as sent; call it before sending. If the page dies between the two,
   * the message is lost rather than sent twice: HubSpot shows a missing update, never a
   * duplicated call.
   */
  markSent(entry: OutboxEntry): void;
  pending(): OutboxEntry[];
  /** The last completed calls, newest first. */
  history(): CallCompletion[];
}

function readJournal(storage: KeyValueStorage): {
  record: JournalRecord | null;
  problem: string | null;
} {
  let raw: string | null;
  try {
    raw = storage.getItem(journalKey);
  } catch {
    return { record: null, problem: null };
  }
  if (raw === null) return { record: null, problem: null };
  const record = parseJournal(raw);
  return record === null
    ? { record: null, problem: 'A saved call could not be read and was set aside.' }
    : { record, problem: null };
}

/**
 * The durable record of the call in flight (DESIGN: `journal/`): every transition is
 * written, so a reload of HubSpot's iframe resumes the same call and finishes it once.
 */
export function openCallJournal(
  storage: KeyValueStorage,
  freshState: CallState,
  onStorageLost: (message: string) => void,
): { journal: CallJournal; restored: RestoredJournal } {
  const read = readJournal(storage);
  let record: JournalRecord = read.record ?? {
    version: 1,
    state: freshState,
    outbox: [],
    sent: [],
    history: [],
  };
  let durable = true;

  const write = () => {
    if (!durable) return;
    try {
      storage.setItem(journalKey, JSON.stringify(record));
    } catch {
      durable = false;
      onStorageLost(
        'This browser would not save the call: it is kept in memory only, so keep this widget open until the call is saved.',
      );
    }
  };

  const journal: CallJournal = {
    record(state, effects) {
      const queued = new Set([...record.sent, ...record.outbox.map((entry) => entry.key)]);
      const fresh = effects
        .map((effect) => ({ key: outboxKey(effect), effect }))
        .filter((entry) => !queued.has(entry.key));
      const completed = fresh.flatMap((entry) =>
        entry.effect.type === 'callCompleted' ? [entry.effect.completion] : [],
      );
      record = {
        ...record,
        state,
        outbox: [...record.outbox, ...fresh],
        history: [...completed.reverse(), ...record.history].slice(0, historyLimit),
      };
      write();
      return record.outbox;
    },

    markSent(entry) {
      record = {
        ...record,
        outbox: record.outbox.filter((other) => other.key !== entry.key),
        sent: [entry.key, ...record.sent.filter((key) => key !== entry.key)].slice(0, sentLimit),
      };
      write();
    },

    pending: () => record.outbox,
    history: () => record.history,
  };

  return {
    journal,
    restored: { state: record.state, pending: record.outbox, problem: read.problem },
  };
}
