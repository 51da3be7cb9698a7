import type { CallCompletion } from '../call/completion';
import type { Effect } from '../call/effects';
import type { CallState, LiveCall } from '../call/state';
import type { HeldLock, InstancePorts } from './instance-ports';
import {
  type JournalContents,
  type OutboxEntry,
  recordVersion,
  type StoredRecord,
} from './journal-schema';
import type { KeyValueStorage } from './key-value-storage';
import { type ReadRecord, readRecord, readRecordPhase, type SetAsidePiece } from './read-record';

// How several widget instances share one storage partition (`docs/journal.md`): each
// instance owns one record, `handoff.instance.v2.<id>`, and only the instance holding the
// Web Lock `handoff.instance.<id>` writes it. A call lives in exactly one record, so it has
// exactly one owner; a reload finds its own record again through the tab's sessionStorage.

export const recordKeyPrefix = 'handoff.instance.v2.';
export const recordKey = (instance: string): string => `${recordKeyPrefix}${instance}`;
export const lockName = (instance: string): string => `handoff.instance.${instance}`;
/** Where a part of a record this build cannot read is kept, one key per part. */
export const setAsideKeyPrefix = 'handoff.setAside.v1.';
/** The instances this tab has been, newest first (in the tab's sessionStorage). */
export const tabInstancesKey = 'handoff.instances.v1';
/** The single record every instance shared before instances had their own. */
export const legacyJournalKey = 'handoff.journal.v1';

export const historyLimit = 50;
/** Sent markers are kept a while longer than history, so a late duplicate is still caught. */
const sentLimit = historyLimit * 8;
const rememberedInstances = 8;
/**
 * How long an instance that went away keeps its unfinished call for its own reload
 * before another instance that loads may resume it.
 */
export const resumeGraceMs = 5_000;
/** Records with nothing unfinished, of instances gone this long, are removed. */
export const forgetAfterMs = 24 * 60 * 60_000;
/** How long a reloaded page waits for the lock its previous page is still letting go of. */
export const releaseWaitMs = 3_000;
const releaseRetryMs = 50;
/** The record's name when the journal runs without instance ports (one instance). */
const soleInstance = 'sole';

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

/**
 * Why the journal stopped writing: `inMemory` when a write failed and the stored copy
 * was erased (a reload starts afresh: the call is lost rather than sent twice), `blocked`
 * when even erasing failed: nothing more is sent, since a reload would send it again.
 */
export type StorageProblem = 'inMemory' | 'blocked';

/** A call live in another instance (another tab, the calling window or the remote frame). */
export interface OtherCall {
  instance: string;
  call: LiveCall;
  status: 'handedOff' | 'connected' | 'wrapUp';
}

export type JournalChange =
  /** This instance owns its record now: what is pending may be sent. */
  | { type: 'confirmed' }
  /** The call state is now this one: an unfinished call resumed, or a fresh start. */
  | { type: 'resumed'; state: CallState }
  /** Another instance's call started, changed step or ended. */
  | { type: 'othersChanged' };

export interface RestoredJournal {
  /** The call state to resume, or the fresh state given when nothing was saved. */
  state: CallState;
  /** `setAside`: parts of the record could not be read and were kept under their own keys. */
  problem: 'setAside' | null;
}

export interface CallJournal {
  /** Persists the new state and queues its effects; returns what is now waiting to be sent. */
  record(state: CallState, effects: Effect[]): OutboxEntry[];
  /**
   * Marks an effect as sent; call it before sending, and send only if it returns true. If
   * the page dies between the two, the message is lost rather than sent twice: HubSpot
   * shows a missing update, never a duplicated call.
   */
  markSent(entry: OutboxEntry): boolean;
  /** What may be sent now: nothing until this instance owns its record. */
  pending(): OutboxEntry[];
  /** The last completed calls, newest first. */
  history(): CallCompletion[];
  /** Calls in progress in the widget's other instances. */
  others(): OtherCall[];
  /** The page is going away for good: marks the record released and frees the lock. */
  release(): void;
  subscribe(listener: (change: JournalChange) => void): () => void;
}

export interface JournalOptions {
  /** Several instances share the storage; without these the journal is the only one. */
  instances?: InstancePorts;
  now?: () => number;
}

const freshContents = (state: CallState): JournalContents => ({
  state,
  outbox: [],
  sent: [],
  history: [],
});

const liveCallOf = ({ phase }: CallState): LiveCall | null =>
  phase.status === 'idle' || phase.status === 'numberNeeded' || phase.status === 'recalled'
    ? null
    : phase.call;

/**
 * A call that still needs the agent or HubSpot: live, dialled, or with messages unsent. A
 * recalled call (`call/state.ts`) is not: only the frame HubSpot named it to can finish it,
 * so no other instance takes it up, and its own frame may still resume a call it had.
 */
const isUnfinished = ({ state, outbox }: JournalContents): boolean =>
  (state.phase.status !== 'idle' && state.phase.status !== 'recalled') || outbox.length > 0;

/**
 * Nothing of its own yet: an instance in this state may take over another's call. One
 * showing a recalled call is busy with it: the agent would lose it to a call from elsewhere.
 */
const isPristine = (contents: JournalContents): boolean =>
  contents.state.phase.status === 'idle' &&
  !isUnfinished(contents) &&
  contents.state.waitingDial === null;

function readKey(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

function readList(tab: InstancePorts['tab']): string[] {
  try {
    const parsed: unknown = JSON.parse(tab.getItem(tabInstancesKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id) => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

function remember(tab: InstancePorts['tab'], instance: string): void {
  const list = [instance, ...readList(tab).filter((id) => id !== instance)];
  try {
    tab.setItem(tabInstancesKey, JSON.stringify(list.slice(0, rememberedInstances)));
  } catch {
    // Without the tab's memory a reload starts as a new instance; the call is then
    // resumed as an orphan after the grace period, not lost.
  }
}

/**
 * Whether no stored record holds a call: every instance's, and the one all instances shared
 * before they had their own. Then whichever record this page turns out to own, it resumes
 * no call, and what HubSpot hears when it greets the widget depends on the settings alone
 * (`widget/early-greeting.ts`). A record that cannot be read counts as holding one, as does
 * a storage that cannot list its keys.
 */
export function noCallStored(storage: KeyValueStorage): boolean {
  let keys: string[] | undefined;
  try {
    keys = storage.keys?.();
  } catch {
    return false;
  }
  if (keys === undefined) return false;
  return keys
    .filter((key) => key.startsWith(recordKeyPrefix) || key === legacyJournalKey)
    .every((key) => {
      let phase: ReturnType<typeof readRecordPhase>;
      try {
        phase = readRecordPhase(storage.getItem(key));
      } catch {
        return false;
      }
      return phase === null || (phase !== 'unread' && phase.status === 'idle');
    });
}

/**
 * Which instance this page is: the one this tab was before a reload (its record says it
 * went away), else a new one. Only a guess until its lock is held.
 */
function chooseInstance(storage: KeyValueStorage, ports: InstancePorts): string {
  const released = readList(ports.tab)
    .map((id) => ({ id, record: readRecord(readKey(storage, recordKey(id))).record }))
    .filter((entry) => entry.record !== null && entry.record.releasedAt !== null)
    .sort((a, b) => (b.record?.releasedAt ?? 0) - (a.record?.releasedAt ?? 0));
  return released[0]?.id ?? ports.newInstanceId();
}

/**
 * The durable record of this instance's calls: every transition is written, so a reload
 * of HubSpot's iframe resumes the same call and finishes it once, and an instance that
 * went away for good leaves its unfinished call to the next instance that loads.
 */
export function openCallJournal(
  storage: KeyValueStorage,
  freshState: CallState,
  onStorageLost: (problem: StorageProblem) => void,
  options: JournalOptions = {},
): { journal: CallJournal; restored: RestoredJournal } {
  const now = options.now ?? (() => Date.now());
  const ports = options.instances ?? null;
  const listeners = new Set<(change: JournalChange) => void>();
  const emit = (change: JournalChange) => {
    for (const listener of listeners) listener(change);
  };

  let instance = ports === null ? soleInstance : chooseInstance(storage, ports);
  let mode: 'durable' | 'memory' | 'blocked' = 'durable';
  let owned = false;
  let closed = false;
  let lock: HeldLock | null = null;
  let lastNews = '';

  const own = readRecord(readKey(storage, recordKey(instance)));
  let read: ReturnType<typeof readRecord> = own;
  let fromLegacy = false;
  if (own.record === null && own.setAside.length === 0) {
    // The journal every instance shared before: whoever loads first after the upgrade
    // takes its call. It is removed before it is used, so it is never used twice.
    const legacy = readRecord(readKey(storage, legacyJournalKey));
    if (legacy.record !== null || legacy.setAside.length > 0) {
      read = legacy;
      fromLegacy = true;
    }
  }
  let contents = read.record?.contents ?? freshContents(freshState);
  let toSetAside: SetAsidePiece[] = read.setAside;

  const stored = (): StoredRecord => ({
    v: recordVersion,
    instance,
    savedAt: now(),
    releasedAt: closed ? now() : null,
    ...contents,
  });

  /** A write failed: the stored copy must not outlive it, or a reload would act on it again. */
  const storageFailed = () => {
    const key = recordKey(instance);
    let erased = false;
    try {
      storage.removeItem(key);
      erased = readKey(storage, key) === null;
    } catch {
      erased = false;
    }
    mode = erased ? 'memory' : 'blocked';
    onStorageLost(erased ? 'inMemory' : 'blocked');
  };

  const write = () => {
    if (mode !== 'durable' || !owned) return;
    try {
      storage.setItem(recordKey(instance), JSON.stringify(stored()));
    } catch {
      storageFailed();
      return;
    }
    const live = liveCallOf(contents.state);
    const news = live === null ? 'idle' : `${live.id}:${contents.state.phase.status}`;
    if (ports !== null && news !== lastNews) {
      lastNews = news;
      ports.channel.post({ type: 'changed', instance });
    }
  };

  /**
   * Keeps each part of a record this build could not read under a key of its own, before
   * the record is written again without it: the "set aside" notice is then true.
   */
  const setAside = (pieces: readonly SetAsidePiece[]): boolean => {
    const at = now();
    try {
      pieces.forEach((piece, index) => {
        storage.setItem(
          `${setAsideKeyPrefix}${instance}.${at}.${index}`,
          JSON.stringify({ at, instance, piece: piece.piece, raw: piece.raw }),
        );
      });
      return true;
    } catch {
      // The original stays where it is, untouched, and nothing is sent from it.
      mode = 'blocked';
      onStorageLost('blocked');
      return false;
    }
  };

  /** This instance holds its lock: it alone writes its record from now on. */
  const takeOwnership = () => {
    owned = true;
    if (toSetAside.length > 0 && !setAside(toSetAside)) return;
    toSetAside = [];
    if (fromLegacy) {
      try {
        storage.removeItem(legacyJournalKey);
      } catch {
        mode = 'blocked';
        onStorageLost('blocked');
        return;
      }
      fromLegacy = false;
    }
    write();
  };

  // Read through a function: `write` may change the mode under the caller's feet.
  const isBlocked = () => mode === 'blocked';

  const problem: RestoredJournal['problem'] = read.setAside.length > 0 ? 'setAside' : null;

  if (ports === null) {
    takeOwnership();
  } else {
    remember(ports.tab, instance);
    void confirm(ports);
  }

  async function confirm(instancePorts: InstancePorts): Promise<void> {
    let held = await instancePorts.locks.take(lockName(instance));
    // A reload: the page before may still hold its lock while it unloads. Its record says
    // it left, so wait for the lock rather than start afresh and take the call back later,
    // losing what the agent did in between.
    for (let waited = 0; held === null && own.record?.releasedAt != null; ) {
      if (waited >= releaseWaitMs || closed) break;
      await new Promise<void>((resume) => instancePorts.after(releaseRetryMs, resume));
      waited += releaseRetryMs;
      held = await instancePorts.locks.take(lockName(instance));
    }
    if (held === null) {
      // Another live instance is this one (a frame of the same tab that did not go away):
      // its call stays with it, and this page starts as a new instance.
      instance = instancePorts.newInstanceId();
      remember(instancePorts.tab, instance);
      contents = freshContents(freshState);
      toSetAside = [];
      fromLegacy = false;
      emit({ type: 'resumed', state: contents.state });
      held = await instancePorts.locks.take(lockName(instance));
      if (held === null) return;
    }
    if (closed) {
      held.release();
      return;
    }
    lock = held;
    takeOwnership();
    instancePorts.channel.listen((news) => {
      if (news.instance !== instance) emit({ type: 'othersChanged' });
    });
    emit({ type: 'confirmed' });
    await resumeOrphans(instancePorts);
  }

  /**
   * Takes over the unfinished call of an instance that went away and has not come back:
   * at once if it was this tab's (a reload after a crash), after `resumeGraceMs` if it was
   * another's (its own reload comes first). The lock decides between instances that try
   * at the same time; the record is read again under it.
   */
  async function resumeOrphans(instancePorts: InstancePorts): Promise<void> {
    const keys = storage.keys?.() ?? [];
    const held = new Set(await instancePorts.locks.held());
    const mine = new Set(readList(instancePorts.tab));
    const candidates = keys
      .filter((key) => key.startsWith(recordKeyPrefix) && key !== recordKey(instance))
      .map((key) => key.slice(recordKeyPrefix.length))
      .filter((id) => !held.has(lockName(id)))
      .map((id) => ({ id, record: readRecord(readKey(storage, recordKey(id))).record }))
      .sort((a, b) => Number(mine.has(b.id)) - Number(mine.has(a.id)));
    for (const { id, record } of candidates) {
      if (record === null) continue;
      const quietSince = Math.max(record.savedAt ?? 0, record.releasedAt ?? 0);
      if (!isUnfinished(record.contents)) {
        if (now() - quietSince > forgetAfterMs) forget(id, instancePorts);
        continue;
      }
      const wait = mine.has(id) ? 0 : quietSince + resumeGraceMs - now();
      if (wait > 0) {
        instancePorts.after(wait, () => void resumeOrphans(instancePorts));
        continue;
      }
      if (await adopt(id, record, instancePorts, mine.has(id))) return;
    }
  }

  async function adopt(
    id: string,
    seen: ReadRecord,
    instancePorts: InstancePorts,
    sameTab: boolean,
  ): Promise<boolean> {
    if (closed || mode !== 'durable' || !isPristine(contents)) return false;
    const taken = await instancePorts.locks.take(lockName(id));
    if (taken === null) return false;
    const again = readRecord(readKey(storage, recordKey(id)));
    const unchanged =
      again.record !== null &&
      again.record.savedAt === seen.savedAt &&
      isUnfinished(again.record.contents);
    if (closed || !unchanged || again.record === null || !isPristine(contents)) {
      taken.release();
      return false;
    }
    const previous = instance;
    lock?.release();
    lock = taken;
    instance = id;
    remember(instancePorts.tab, id);
    const adopted = again.record.contents;
    // HubSpot answers createEngagement in the frame that asked. This tab's own record
    // (a reload after a crash) still hears them; another frame's never comes here, and
    // kept in the queue it would take the answer meant for this frame's next call.
    contents = sameTab ? adopted : { ...adopted, state: { ...adopted.state, awaitingAnswers: [] } };
    if (again.setAside.length > 0 && !setAside(again.setAside)) return true;
    write();
    try {
      storage.removeItem(recordKey(previous));
    } catch {
      // An empty record left behind is forgotten later.
    }
    emit({ type: 'resumed', state: contents.state });
    return true;
  }

  /** Removes the record of an instance long gone with nothing unfinished. */
  function forget(id: string, instancePorts: InstancePorts): void {
    void instancePorts.locks.take(lockName(id)).then((taken) => {
      if (taken === null) return;
      const again = readRecord(readKey(storage, recordKey(id))).record;
      if (again !== null && !isUnfinished(again.contents)) {
        try {
          storage.removeItem(recordKey(id));
        } catch {
          // Kept: it holds nothing unfinished.
        }
      }
      taken.release();
    });
  }

  const journal: CallJournal = {
    record(state, effects) {
      const queued = new Set([...contents.sent, ...contents.outbox.map((entry) => entry.key)]);
      const fresh = effects
        .map((effect) => ({ key: outboxKey(effect), effect }))
        .filter((entry) => !queued.has(entry.key));
      const completed = fresh.flatMap((entry) =>
        entry.effect.type === 'callCompleted' ? [entry.effect.completion] : [],
      );
      contents = {
        ...contents,
        state,
        outbox: [...contents.outbox, ...fresh],
        history: [...completed.reverse(), ...contents.history].slice(0, historyLimit),
      };
      write();
      return journal.pending();
    },

    markSent(entry) {
      if (isBlocked() || closed) return false;
      contents = {
        ...contents,
        outbox: contents.outbox.filter((other) => other.key !== entry.key),
        sent: [entry.key, ...contents.sent.filter((key) => key !== entry.key)].slice(0, sentLimit),
      };
      write();
      return !isBlocked();
    },

    pending: () => (owned && mode !== 'blocked' && !closed ? contents.outbox : []),
    history: () => contents.history,

    others() {
      const keys = storage.keys?.() ?? [];
      return keys.flatMap((key): OtherCall[] => {
        if (!key.startsWith(recordKeyPrefix) || key === recordKey(instance)) return [];
        const record = readRecord(readKey(storage, key)).record;
        if (record === null || record.releasedAt !== null) return [];
        const { phase } = record.contents.state;
        if (phase.status === 'idle' || phase.status === 'numberNeeded') return [];
        if (phase.status === 'recalled') return [];
        return [
          { instance: key.slice(recordKeyPrefix.length), call: phase.call, status: phase.status },
        ];
      });
    },

    release() {
      if (closed) return;
      write();
      closed = true;
      if (mode === 'durable' && owned) {
        try {
          storage.setItem(recordKey(instance), JSON.stringify(stored()));
        } catch {
          // The lock is freed anyway; the record is then resumed after the grace period.
        }
      }
      lock?.release();
      lock = null;
      ports?.channel.post({ type: 'released', instance });
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };

  return { journal, restored: { state: contents.state, problem } };
}
