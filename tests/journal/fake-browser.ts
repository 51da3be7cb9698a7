import type { Effect } from '../../src/call/effects';
import type { CallEvent } from '../../src/call/events';
import { transition } from '../../src/call/machine';
import { type CallState, initialCallState } from '../../src/call/state';
import {
  type CallJournal,
  type JournalChange,
  openCallJournal,
  type RestoredJournal,
  type StorageProblem,
} from '../../src/journal/call-journal';
import type { InstanceNews, InstancePorts, TabMemory } from '../../src/journal/instance-ports';
import { type KeyValueStorage, memoryStorage } from '../../src/journal/key-value-storage';

/**
 * The browser APIs the journal shares between instances, in memory: one storage partition
 * (localStorage), Web Locks freed when their page goes away, a BroadcastChannel, each tab's
 * sessionStorage, and a clock with timers the test moves.
 */
export function fakeBrowser(storage: KeyValueStorage = memoryStorage()) {
  const holders = new Map<string, symbol>();
  const channel = new Set<{ page: symbol; listener: (news: InstanceNews) => void }>();
  let time = 1_000_000;
  let timers: { at: number; run: () => void; page: symbol }[] = [];
  let ids = 0;

  /** Lets every lock request, and what the journal does once it is answered, finish. */
  const settle = async () => {
    for (let i = 0; i < 50; i += 1) await Promise.resolve();
  };

  function page(tab: TabMemory) {
    const self = Symbol('page');
    const ports: InstancePorts = {
      tab,
      newInstanceId: () => `instance-${++ids}`,
      locks: {
        take: async (name) => {
          await Promise.resolve();
          if (holders.has(name)) return null;
          holders.set(name, self);
          return {
            release: () => {
              if (holders.get(name) === self) holders.delete(name);
            },
          };
        },
        held: async () => [...holders.keys()],
      },
      channel: {
        post: (news) => {
          for (const other of channel) if (other.page !== self) other.listener(news);
        },
        listen: (listener) => {
          const entry = { page: self, listener };
          channel.add(entry);
          return () => channel.delete(entry);
        },
      },
      after: (ms, run) => {
        const timer = { at: time + ms, run, page: self };
        timers.push(timer);
        return () => {
          timers = timers.filter((other) => other !== timer);
        };
      },
    };
    /** The page is gone without a word (a crash, a killed tab): its locks and timers go too. */
    const vanish = () => {
      for (const [name, holder] of holders) if (holder === self) holders.delete(name);
      for (const entry of channel) if (entry.page === self) channel.delete(entry);
      timers = timers.filter((timer) => timer.page !== self);
    };
    return { ports, vanish };
  }

  return {
    storage,
    now: () => time,
    newTab: (): TabMemory => memoryStorage(),
    page,
    settle,
    advance: async (ms: number) => {
      time += ms;
      const due = timers.filter((timer) => timer.at <= time);
      timers = timers.filter((timer) => timer.at > time);
      for (const timer of due) timer.run();
      await settle();
    },
    heldLocks: () => [...holders.keys()],
  };
}

export type FakeBrowser = ReturnType<typeof fakeBrowser>;

/** Everything every widget instance sent to HubSpot, in order, with who sent it. */
export type SentLog = { instance: number; effect: Effect }[];

/**
 * One widget instance as the widget drives its journal: the machine's transitions are
 * recorded, and whatever is pending is marked sent, then sent (to `log`), once HubSpot can
 * hear it. `resumed` takes over the state the journal hands back.
 */
export function widgetInstance(browser: FakeBrowser, tab: TabMemory, log: SentLog, name: number) {
  const { ports, vanish } = browser.page(tab);
  const lost: StorageProblem[] = [];
  const changes: JournalChange[] = [];
  const { journal, restored } = openCallJournal(
    browser.storage,
    initialCallState(),
    (problem) => lost.push(problem),
    { instances: ports, now: browser.now },
  );
  let state: CallState = restored.state;
  const flush = () => {
    for (const entry of journal.pending()) {
      if (!journal.markSent(entry)) continue;
      log.push({ instance: name, effect: entry.effect });
    }
  };
  journal.subscribe((change) => {
    changes.push(change);
    if (change.type === 'resumed') state = change.state;
    flush();
  });
  let gone = false;
  return {
    journal: journal as CallJournal,
    restored: restored as RestoredJournal,
    lost,
    changes,
    state: () => state,
    phase: () => state.phase,
    send(event: CallEvent) {
      if (gone) return;
      const next = transition(state, event);
      state = next.state;
      journal.record(state, next.effects);
      flush();
    },
    /** The page is hidden for good (a reload, a closed tab): the journal is told. */
    close() {
      if (gone) return;
      gone = true;
      journal.release();
      vanish();
    },
    gone: () => gone,
    /** The page dies without a word. */
    crash() {
      gone = true;
      vanish();
    },
  };
}

export type WidgetInstance = ReturnType<typeof widgetInstance>;
