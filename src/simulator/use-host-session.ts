import { useCallback, useEffect, useRef, useState } from 'react';
import { assertNever } from '../assert-never';
import {
  type FrameLayout,
  type FrameName,
  type FrameSize,
  framesOf,
  registeredSize,
} from './host-frames';
import { HostLink } from './host-link';
import {
  engagementInProgress,
  type HostEffect,
  type HostEvent,
  type HostSession,
  hostTransition,
  initialHostSession,
} from './host-session';
import { syncIdentityAt } from './portal';
import type { SimulatorRecorder } from './simulator-record';

/** The element each frame's SDK host puts its iframe into. */
export const frameHostId = (frame: FrameName) => `handoff-simulator-${frame}`;

/**
 * Each iframe's id. The calling window's keeps the SDK's own id, so what finds "the
 * widget" on the page finds the frame where calls are worked, in either layout.
 */
export const frameIframeId = (frame: FrameName) =>
  frame === 'remote'
    ? 'hubspot-calling-extension-iframe-remote'
    : 'hubspot-calling-extension-iframe';

/**
 * Binds the pure host session to React and to the SDK's iframes, one SDK host (the SDK's
 * IFrameManager) per frame of the layout, as HubSpot runs one per frame: events go through
 * `hostTransition`, its effects are carried out here (messages, timers, iframe sizes).
 */
export function useHostSession(options: {
  widgetUrl: string;
  recorder: SimulatorRecorder;
  firstEngagementId: number;
  createdEngagementIds?: readonly string[];
  firstRecordKey: string;
  layout?: FrameLayout;
  /** The iframes' size before the widget asks for another (the registered one). */
  size?: FrameSize;
}): { session: HostSession; dispatch: (event: HostEvent) => void } {
  const { widgetUrl, recorder, firstEngagementId, firstRecordKey } = options;
  const [session, setSession] = useState(() => ({
    ...initialHostSession(firstEngagementId, firstRecordKey, {
      layout: options.layout,
      size: options.size,
    }),
    createdEngagementIds: options.createdEngagementIds ?? [],
  }));
  const sessionRef = useRef(session);
  const linksRef = useRef(new Map<FrameName, HostLink>());
  const timersRef = useRef(new Set<ReturnType<typeof setTimeout>>());

  const run = useCallback(
    (effect: HostEffect) => {
      switch (effect.kind) {
        case 'send': {
          const { message, frame } = effect;
          if (effect.delayMs === 0) {
            linksRef.current.get(frame)?.send(message);
            return;
          }
          const timer = setTimeout(() => {
            timersRef.current.delete(timer);
            linksRef.current.get(frame)?.send(message);
          }, effect.delayMs);
          timersRef.current.add(timer);
          return;
        }
        case 'resize':
          linksRef.current.get(effect.frame)?.updateIFrameSize(effect);
          return;
        case 'logCall':
          recorder.addTimelineEntry(effect.entry);
          return;
        case 'reloadWidget':
          linksRef.current.get(effect.frame)?.reload();
          return;
        default:
          return assertNever(effect);
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

  // The layout and size only change with a reload of the simulator: the first ones count.
  const layoutRef = useRef(session.layout);
  const sizeRef = useRef(session.frames[0]?.size);

  useEffect(() => {
    const timers = timersRef.current;
    const links = linksRef.current;
    for (const frame of framesOf(layoutRef.current)) {
      const size = sizeRef.current ?? registeredSize;
      const link = new HostLink({
        src: widgetUrl,
        ...size,
        hostElementSelector: `#${frameHostId(frame)}`,
        iframeId: frameIframeId(frame),
        sync: syncIdentityAt(frame),
        engagementInProgress: () => engagementInProgress(sessionRef.current, frame),
        onTraffic: (message) => recorder.addMessage({ ...message, frame }),
        onWidgetMessage: (message) =>
          dispatch({ type: 'widgetMessage', message, at: Date.now(), frame }),
        onConnection: (connection) => dispatch({ type: 'connectionChanged', connection, frame }),
        now: Date.now,
      });
      links.set(frame, link);
    }
    return () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const link of links.values()) link.remove();
      links.clear();
    };
  }, [widgetUrl, recorder, dispatch]);

  return { session, dispatch };
}
