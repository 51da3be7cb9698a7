import * as v from 'valibot';
import { type InstancePorts, instanceNewsSchema, type TabMemory } from './instance-ports';
import { memoryStorage } from './key-value-storage';

const channelName = 'handoff.instances';

/** The tab's sessionStorage, or memory when the browser refuses it (a reload then starts anew). */
function tabMemory(): TabMemory {
  try {
    const storage = window.sessionStorage;
    storage.getItem('handoff.instances.v1');
    return storage;
  } catch {
    return memoryStorage();
  }
}

/**
 * The browser behind `InstancePorts`: Web Locks (freed by the browser as soon as the page
 * goes away, crash included), a BroadcastChannel and the tab's sessionStorage. All three
 * work in HubSpot's cross-site iframe and are partitioned like its localStorage, so every
 * instance of the widget under app.hubspot.com meets the others and no one else. Null
 * where Web Locks are missing: the journal then runs as the only instance.
 */
export function browserInstancePorts(): InstancePorts | null {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks === undefined) return null;
  let channel: BroadcastChannel | null = null;
  try {
    channel = new BroadcastChannel(channelName);
  } catch {
    channel = null;
  }
  return {
    tab: tabMemory(),
    newInstanceId: () => crypto.randomUUID(),
    after: (ms, run) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    },
    locks: {
      take: (name) =>
        new Promise((resolve, reject) => {
          locks
            .request(name, { ifAvailable: true }, (lock) => {
              if (lock === null) {
                resolve(null);
                return undefined;
              }
              // The lock is held until this promise settles: when released, or never.
              return new Promise<void>((release) => resolve({ release: () => release() }));
            })
            .catch(reject);
        }),
      held: async () => {
        const snapshot = await locks.query();
        return (snapshot.held ?? []).flatMap((lock) =>
          lock.name === undefined ? [] : [lock.name],
        );
      },
    },
    channel: {
      post: (news) => channel?.postMessage(news),
      listen: (listener) => {
        if (channel === null) return () => undefined;
        const receive = (event: MessageEvent) => {
          const news = v.safeParse(instanceNewsSchema, event.data);
          if (news.success) listener(news.output);
        };
        channel.addEventListener('message', receive);
        return () => channel?.removeEventListener('message', receive);
      },
    },
  };
}
