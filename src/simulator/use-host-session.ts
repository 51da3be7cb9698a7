import { useCallback, useEffect, useRef, useState } from 'react';
import { HostLink } from './host-link';
import {
  type HostEffect,
  type HostEvent,
  type HostSession,
  hostTransition,
  initialHostSession,
} from './host-session';
import { type SyncIdentity, syncIdentity } from './portal';
import type { SimulatorRecorder } from './simulator-record';

export const widgetHostId = 'handoff-simulator-widget';
export const widgetSize = { width: 400, height: 600 } as const;

/**
 * Binds the pure host session to React and to the SDK's iframe: events go through
 * `hostTransition`, its effects are carried out here (messages, timers, iframe size).
 */
export function useHostSession(options: {
  widgetUrl: string;
  recorder: SimulatorRecorder;
  firstEngagementId: number;
  createdEngagementIds?: readonly string[];
  firstRecordKey: string;
  sync?: SyncIdentity;
}): { session: HostSession; dispatch: (event: HostEvent) => void } {
  const { widgetUrl, recorder, firstEngagementId, firstRecordKey, sync = syncIdentity } = options;
  const [session, setSession] = useState(() => ({
    ...initialHostSession(firstEngagementId, firstRecordKey),
    createdEngagementIds: options.createdEngagementIds ?? [],
  }));
  const sessionRef = useRef(session);
  const linkRef = useRef<HostLink | null>(null);
  const timersRef = useRef(new Set<ReturnType<typeof setTimeout>>());

  const run = useCallback(
    (effect: HostEffect) => {
      const link = linkRef.current;
      switch (effect.kind) {
        case 'send': {
          if (effect.delayMs === 0) {
            link?.send(effect.message);
            return;
          }
          const timer = setTimeout(() => {
            timersRef.current.delete(timer);
            linkRef.current?.send(effect.message);
          }, effect.delayMs);
          timersRef.current.add(timer);
          return;
        }
        case 'resize':
          // The SDK skips a falsy size, so 0 leaves that dimension as it is.
          link?.updateIFrameSize({ width: effect.width ?? 0, height: effect.height ?? 0 });
          return;
        case 'logCall':
          recorder.addTimelineEntry(effect.entry);
          return;
        case 'reloadWidget':
          link?.reload();
          return;
        default: {
          const unreachable: never = effect;
          return unreachable;
        }
      }
    },
    [recorder],
  );

  const dispatch = useCallback(
    (event: HostEvent) => {
      const { session: next, effects } = hostTransition(sessionRef.current, event);
      sessionRef.current = next;
      setSession(next);
      for (const effect of effects) run(effect);
    },
    [run],
  );

  // The location only changes with a reload of the simulator: the first one is the one.
  const syncRef = useRef(sync);

  useEffect(() => {
    const timers = timersRef.current;
    const link = new HostLink({
      src: widgetUrl,
      ...widgetSize,
      hostElementSelector: `#${widgetHostId}`,
      sync: syncRef.current,
      onTraffic: (message) => recorder.addMessage(message),
      onWidgetMessage: (message) => dispatch({ type: 'widgetMessage', message, at: Date.now() }),
      onConnection: (connection) => dispatch({ type: 'connectionChanged', connection }),
      now: Date.now,
    });
    linkRef.current = link;
    return () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      link.remove();
      linkRef.current = null;
    };
  }, [widgetUrl, recorder, dispatch]);

  return { session, dispatch };
}
