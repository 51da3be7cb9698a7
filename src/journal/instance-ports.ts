import * as v from 'valibot';
import { builtOnFirstUse } from '../built-on-first-use';

/**
 * What the journal needs from the browser to share storage with the widget's other
 * instances (other HubSpot tabs, the calling window next to the navigation-bar frame):
 * all of them are in one storage partition, each owns its own record, and a lock held for
 * the instance's lifetime tells the others it is alive. Small on purpose: the browser's
 * Web Locks, BroadcastChannel and sessionStorage behind them (`browser-instance-ports.ts`),
 * in-memory fakes in unit tests.
 */
export interface InstancePorts {
  /** This tab's own storage (sessionStorage): it survives a reload of the widget and the tab. */
  tab: TabMemory;
  locks: LockPort;
  channel: ChannelPort;
  newInstanceId: () => string;
  /** Runs `run` once after `ms`; returns a function that cancels it. */
  after: (ms: number, run: () => void) => () => void;
}

export interface TabMemory {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface HeldLock {
  release(): void;
}

export interface LockPort {
  /**
   * Takes the exclusive lock `name` if nobody holds it, and keeps it until released or
   * until the page goes away (the browser then frees it at once, even on a crash). Null
   * when someone else holds it.
   */
  take(name: string): Promise<HeldLock | null>;
  /** The names of the locks held right now, by any instance. */
  held(): Promise<string[]>;
}

/**
 * What instances tell each other: a call started, changed step or ended (`changed`), or an
 * instance went away (`released`). Read with the schema: any page of the partition may post.
 */
export const instanceNewsSchema = builtOnFirstUse(() =>
  v.object({
    type: v.picklist(['changed', 'released']),
    instance: v.string(),
  }),
);
export type InstanceNews = v.InferOutput<typeof instanceNewsSchema>;

export interface ChannelPort {
  post(news: InstanceNews): void;
  listen(listener: (news: InstanceNews) => void): () => void;
}
